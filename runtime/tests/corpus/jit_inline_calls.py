# Calls that tier 2 makes inline (the callee's frame pushed by the trace,
# its body run as part of the trace), run with -X jit-threshold=1 by the
# corpus test too: traces leaving inside a callee (a type changes, a branch
# goes the other way), exceptions raised in a callee and caught by the
# caller or by the callee, tracebacks through inlined frames, recursion
# past the inline depth, the recursion limit, callees rebound mid-loop,
# methods, a callee whose locals hold objects, and sites that
# call more than one function.
import sys


def add(a, b):
    return a + b


def total(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t


print(total(1000))


def mixed(items):
    # The callee's guard fails when the values turn to floats, then strings.
    t = 0
    for x in items:
        t = add(t, x)
    return t


print(mixed([1] * 300 + [0.25] * 300))
print(mixed(["a"] * 3) if False else "skip")


def concat(items):
    t = ""
    for x in items:
        t = add(t, x)
    return t


print(concat(["ab", "c"] * 100)[:10], len(concat(["ab", "c"] * 100)))


def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


def signs(values):
    counts = [0, 0, 0]
    for v in values:
        counts[sign(v) + 1] += 1
    return counts


# Mostly positive at first, so the trace follows that branch; then the
# other branches, leaving inside the callee.
print(signs(list(range(1, 500)) + list(range(-200, 200))))


def checked_div(a, b):
    return a // b


def divide_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(checked_div(a, b))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(divide_all([(10, 3)] * 200 + [(1, 0), (9, 2)])[-3:])


def guarded(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        return -1


def guard_all(n):
    s = 0
    for i in range(n):
        s += guarded(i % 7)
    return s


print(guard_all(700))


def inner_fail(x):
    return x["missing"]


def middle(x):
    return inner_fail(x) + 1


def outer(n):
    for i in range(n):
        d = {"missing": i} if i < 300 else {}
        middle(d)


try:
    outer(400)
except KeyError as e:
    print("KeyError", e)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def depths(n):
    s = 0
    for i in range(n):
        s += depth(i % 12)
    return s


print(depths(500))


def forever(n):
    return forever(n + 1)


def run_forever():
    for i in range(3):
        try:
            forever(0)
        except RecursionError:
            print("RecursionError", i)


run_forever()


def f1(x):
    return x + 1


def f2(x):
    return x + 2


def rebinding(n):
    global f1
    s = 0
    for i in range(n):
        if i == n // 2:
            f1 = f2
        s += f1(i)
    return s


print(rebinding(600))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)


def norms(vs):
    s = 0.0
    for v in vs:
        s += v.norm2()
    return s


print(norms([Vec(i * 0.5, i * 0.25) for i in range(400)]))
print(norms([Vec(i, i + 1) for i in range(400)]))


class Noisy:
    pass


def make_and_drop(i):
    n = Noisy()
    return i


def dels(n):
    s = 0
    for i in range(n):
        s += make_and_drop(i)
    return s


print(dels(300))


def g1(x):
    return x * 2


def g2(x):
    return x * 3


def poly(n):
    fs = [g1, g2]
    s = 0
    for i in range(n):
        s += fs[i % 2](i)
    return s


print(poly(500))


def with_default(x, y=5):
    return x + y


def defaults(n):
    s = 0
    for i in range(n):
        s += with_default(i)
    return s


print(defaults(300))


def gen_user(n):
    def g():
        yield 1
        yield 2

    s = 0
    for i in range(n):
        s += sum(g())
    return s


print(gen_user(200))
print(sys.getrecursionlimit())


def last(x):
    return x["k"]


def uncaught(n):
    for i in range(n):
        last({"k": i} if i < 200 else {})


uncaught(300)
