# writing to stderr: only the last non-empty stderr line is compared
import sys

print("to stdout 1")
print("warning: first stderr line", file=sys.stderr)
sys.stderr.write("second stderr line\n")
print("to stdout 2")
print("error:", 42, "items", sep=" ", file=sys.stderr)
print("final stdout line")
print("last stderr line", end="\n", file=sys.stderr)
sys.stderr.write("\n")
