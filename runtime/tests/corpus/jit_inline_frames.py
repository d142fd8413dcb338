# Frames that traces push and pop themselves (_PUSH_FRAME and _RETURN_VALUE
# build the callee's frame and release it without calling the runtime),
# run with -X jit-threshold=1 by the corpus test too: callees with more
# locals than arguments (the rest start unbound), a callee that reads one
# of them unbound, returns from inside a loop (the iterator is still on the
# callee's stack), objects held only by a callee's locals or its stack
# (reference counts after the loop), methods with self, callees in another
# module's globals, the recursion limit reached by an inlined call, and
# floats and vectors of arguments that the copy must not reorder.
import sys


def many_locals(a, b):
    c = a + b
    d = c * 2
    e = [a, b, c, d]
    f = len(e)
    return d + f


t = 0
for i in range(500):
    t += many_locals(i, 1)
print("many locals", t)


def maybe_unbound(flag):
    if flag:
        x = 1
    return x


t = 0
try:
    for i in range(300):
        t += maybe_unbound(i < 250)
except UnboundLocalError as e:
    print("unbound at", i, t, e)


def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return -1


t = 0
for i in range(400):
    t += first_even([1, 3, i, 5])
print("return in loop", t)

held = []


def keep_in_local(obj):
    tmp = [obj, obj]
    return len(tmp)


def keep_on_stack(obj):
    for y in [obj, obj, obj]:
        return y is obj
    return False


t = 0
for i in range(300):
    t += keep_in_local(held)
    t += keep_on_stack(held)
print("refs", t, sys.getrefcount(held))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, ox, oy):
        s = self.x * ox
        s += self.y * oy
        return s


v = Vec(1.5, -2.0)
t = 0.0
for i in range(600):
    t += v.dot(float(i), 0.25)
print("method", t)


def order(a, b, c, d, e):
    return ((a * 10 + b) * 10 + c) * 10 + d + e / 8


t = 0.0
for i in range(300):
    t += order(1, 2, 3, 4, i)
print("argument order", t)


def depth_probe(n):
    return n + 1


def near_limit(level):
    if level > 0:
        return near_limit(level - 1)
    t = 0
    for i in range(200):
        t += depth_probe(i)
    return t


old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
for start in (40, 90, 112, 114, 116, 118, 119, 130):
    try:
        print("limit", start, near_limit(start))
    except RecursionError:
        print("limit", start, "RecursionError")
sys.setrecursionlimit(old)


def leave_in_callee(x):
    y = x * 2
    return y / (x - 150)


t = 0.0
try:
    for i in range(300):
        t += leave_in_callee(i)
except ZeroDivisionError as e:
    print("raised in callee at", i, round(t, 6), e)


def fails(i):
    lst = [i]
    return lst[max(0, i - 254)]


t = 0
for i in range(260):
    t += fails(i)
print("not reached", t)
