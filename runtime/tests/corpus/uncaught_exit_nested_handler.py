# sys.exit inside an except handler while another exception is active; exit code 4
import sys

try:
    {}["x"]
except KeyError as e:
    print("handling", repr(e))
    try:
        sys.exit(4)
    except SystemExit as se:
        print("intercepted exit with", se.code, "context:", repr(se.__context__))
        raise
