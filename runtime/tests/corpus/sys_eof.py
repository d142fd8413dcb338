# EOFError from input() when stdin is exhausted
import sys

data = []
try:
    while True:
        data.append(input())
except EOFError as e:
    print("EOFError caught, args:", e.args, "str:", repr(str(e)))
print("read", len(data), "lines:", data)
try:
    input("prompt> ")
except EOFError:
    print()
    print("second EOFError")
print(repr(sys.stdin.readline()))
print("now uncaught")
input()
