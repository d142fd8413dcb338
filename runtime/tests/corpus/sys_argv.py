# args: alpha 42 --flag=yes "quoted" -3.5
import sys

print(len(sys.argv))
print(sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1])
print(sys.argv[1:])
args = sys.argv[1:]
flags = {}
positional = []
for a in args:
    if a.startswith("--") and "=" in a:
        k, v = a[2:].split("=", 1)
        flags[k] = v
    else:
        positional.append(a)
print("flags", flags)
print("positional", positional)
nums = []
for p in positional:
    try:
        nums.append(int(p))
    except ValueError:
        try:
            nums.append(float(p))
        except ValueError:
            pass
print("numbers", nums, sum(nums))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
