# Arithmetic operator overloading with a Vector class.

class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec" + repr(self.c)
    def _coerce(self, other):
        if isinstance(other, Vec):
            return other.c
        if isinstance(other, (int, float)):
            return (other,) * len(self.c)
        return None
    def _zip(self, other, fn):
        oc = self._coerce(other)
        if oc is None:
            return NotImplemented
        return Vec(*(fn(a, b) for a, b in zip(self.c, oc)))
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o):
        return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o):
        return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o):
        return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o):
        return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o):
        return self._zip(o, lambda a, b: a ** b)
    def __divmod__(self, o):
        return (self // o, self % o)
    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return Vec(*(+a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    __hash__ = None

v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, v - w, v * w, w / v)
print(w // Vec(2, 2, 4), w % Vec(3, 3, 4), v ** Vec(2, 2, 2))
print(v + 10, v * 2, w / 2, w // 4, w % 4, v ** 2)
print(divmod(w, 4))
print(v @ w)
print(-v, +v, abs(Vec(3, 4)))
print(-(-v) == v, v + v == v * 2)

# Unsupported operand types
cases = [
    ("v + 'x'", lambda: v + 'x'),
    ("v @ 3", lambda: v @ 3),
    ("v ** 'a'", lambda: v ** 'a'),
    ("v - None", lambda: v - None),
    ("v / []", lambda: v / []),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(label, "->", "TypeError:", e)

# No reflected methods here, so int + Vec fails
try:
    10 + v
except TypeError as e:
    print("TypeError:", e)

# Division semantics of builtins for comparison
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1)
print(7.5 // 2, 7.5 % 2, divmod(7.5, 2), 10 ** 20, 2 ** 0.5)

# ZeroDivisionError through the overload
try:
    v / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    v // Vec(1, 0, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    v % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Operators return whatever the method returns
class Weird:
    def __add__(self, o):
        return "added " + repr(o)
    def __sub__(self, o):
        return None
    def __mul__(self, o):
        return [o] * 2
    def __repr__(self):
        return "Weird()"
wd = Weird()
print(wd + 1, wd - 1, wd * "x", wd + wd)

# Chained arithmetic with precedence
print(v + w * 2, (v + w) * 2, -v + w, v * 2 - w / 2)

# __pow__ with modulo (three-argument pow)
class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, m=None):
        if m is None:
            return Mod(self.v ** e)
        return Mod(pow(self.v, e, m))
    def __repr__(self):
        return f"Mod({self.v})"
print(Mod(3) ** 4, pow(Mod(3), 4), pow(Mod(3), 4, 5), pow(Mod(2), 100, 1000))
