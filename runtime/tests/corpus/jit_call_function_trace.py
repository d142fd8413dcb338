# Python functions called from a trace through the generic call (the
# callee differs from call to call, so the trace cannot inline one): a
# callee with a trace of its own runs it straight from the call, and when
# that trace ends at the return the call returns without the interpreter.
# Each callee also takes other ways out: a guard failing mid-function, a
# return of None or of a constant, an exception caught inside the callee,
# one raised to the caller (and its traceback), deep recursion, and a
# callee calling others inline.


class Box:
    def __init__(self, v):
        self.v = v


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def pick(a, b):
    if a > 100:
        return "big"
    return b


def nothing(a, b):
    a + b


def const(a, b):
    c = b + 1
    return 7


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def boxed(a, b):
    return Box(a).v + Box(b).v


def chain(a, b):
    return add(a, b) + mul(a, b)


def depth(a, b):
    if a <= 0:
        return b
    return depth(a - 1, b + 1)


def run(fs, n):
    out = []
    for i in range(n):
        f = fs[i % len(fs)]
        out.append(f(i, i % 5))
    return out


fs = [add, mul, pick, nothing, const, safe_div, boxed, chain]
r = run(fs, 1200)
print(r[:16], r[-16:], len(r))
print(run([add, add, mul], 300)[-6:])
# The guards inside meet other types after the traces exist.
print(run([add, mul, pick], 600)[-3:])
print([f(2.5, 4) for f in fs if f is not safe_div], [f("a", 2) for f in (mul, const)])


def calls_depth(n):
    out = []
    for i in range(n):
        out.append((depth, add)[i % 2](i % 7, 1))
    return out


print(calls_depth(400)[-6:])


def raiser(a, b):
    if a == 350:
        raise ValueError("bad %d" % a)
    return a


def catch(n):
    got = []
    for i in range(n):
        try:
            got.append((raiser, add)[i % 2 == 1 and i > 1000](i, 1))
        except ValueError as e:
            got.append(str(e))
    return got[-2:], got[348:352]


print(catch(400))


def deep(k):
    return deep(k + 1)


def recurse(n):
    out = []
    for i in range(n):
        try:
            out.append((add, deep)[i == n - 1](i, 0) if i != n - 1 else deep(0))
        except RecursionError as e:
            out.append(type(e).__name__)
    return out[-2:]


print(recurse(300))
try:
    print(run([add, raiser, mul], 1200)[-3:])
except ValueError as e:
    print("ValueError", e)
