# no arguments: argv holds only the script name
import sys

print([a.replace("\\", "/").rsplit("/", 1)[-1] for a in sys.argv])
print(len(sys.argv[1:]) == 0)
if len(sys.argv) < 2:
    print("usage: sys_argv_none.py NAME", file=sys.stderr)
    sys.exit(2)
