# sys.exit("message"): message printed to stderr, exit status 1
import sys

args_ok = False
print("checking arguments")
if not args_ok:
    sys.exit("usage: prog FILE")
print("never")
