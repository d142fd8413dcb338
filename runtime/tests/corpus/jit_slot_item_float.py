"""`self.attr op= x` on attributes holding floats, in hot loops (float's
Point.normalize divides its three): one fused step on a trace, and the
interpreter's full path, with Python's results and errors, when the
attribute holds an int or a string, is missing, or the divisor is zero;
-0.0, infinities and NaN; instance attributes and __slots__."""
import math


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = 0.5

    def scale(self, k):
        self.x *= k
        self.y /= k
        self.z += k
        self.z -= 0.25


class Q:
    def __init__(self, v):
        self.v = v

    def bump(self, d):
        self.v += d * 2.0
        self.v /= d


def run(objs, n):
    for _ in range(n):
        for o in objs:
            o.scale(1.5)
    return [(round(o.x, 6), round(o.y, 6), o.z) for o in objs]


print(run([P(i) for i in range(4)], 300))


def bumps(qs, n, d):
    for _ in range(n):
        for q in qs:
            q.bump(d)
    return [q.v for q in qs]


print(bumps([Q(1.0), Q(-0.0), Q(float("inf"))], 1000, 1.0))
print(bumps([Q(1.0), Q(2), Q(0.5)], 1000, 1.0))
print(bumps([Q(1.0), Q(float("nan"))], 1000, 3.0))
try:
    bumps([Q(1.0), Q("s")], 1000, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    bumps([Q(1.0), Q(2.0)], 1000, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
q = Q(1.0)
del q.v
try:
    bumps([Q(1.0), q], 1000, 1.0)
except AttributeError as e:
    print("AttributeError:", e)
big = [P(i) for i in range(3)]
big[1].x = 10**20
print(run(big, 200)[1][0] > 0)
