# no stdin file: input is empty (/dev/null)
import sys

print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
lines = sys.stdin.readlines()
print(lines)
