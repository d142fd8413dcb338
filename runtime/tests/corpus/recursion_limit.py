# raising the recursion limit allows deeper recursion
import sys

old = sys.getrecursionlimit()
print("old limit", old)
sys.setrecursionlimit(6000)
print("new limit", sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(5000))


def build(n):
    if n == 0:
        return None
    return (n, build(n - 1))


def total(t):
    return 0 if t is None else t[0] + total(t[1])


print(total(build(4500)))


# recursive flatten of a deeply nested list
def nested(n):
    x = [n]
    for i in range(n - 1, 0, -1):
        x = [i, x]
    return x


def flatten(x):
    out = []
    for e in x:
        if isinstance(e, list):
            out.extend(flatten(e))
        else:
            out.append(e)
    return out


f = flatten(nested(3000))
print(len(f), f[:5], f[-3:])

# lower it again and show that the old depth now fails
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("RecursionError at limit", sys.getrecursionlimit())
print(depth(800))

# invalid limits
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
