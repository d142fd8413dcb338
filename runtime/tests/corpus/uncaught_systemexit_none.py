# SystemExit(None) and sys.exit() exit with status 0; SystemExit can be caught and inspected
import sys

for arg in [None, 0, 5, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit code=%r args=%r" % (e.code, e.args))

try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)

print("now really exiting")
raise SystemExit(None)
