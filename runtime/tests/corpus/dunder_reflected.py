# Reflected operators (__radd__ etc.) and NotImplemented fallback.

class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Meters({self.v})"
    def __add__(self, o):
        print(f"  {self!r}.__add__({o!r})")
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self!r}.__radd__({o!r})")
        if isinstance(o, (int, float)):
            return Meters(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        if isinstance(o, (int, float)):
            return Meters(self.v - o)
        return NotImplemented
    def __rsub__(self, o):
        if isinstance(o, (int, float)):
            return Meters(o - self.v)
        return NotImplemented
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Meters(self.v * o)
        return NotImplemented
    __rmul__ = __mul__
    def __rtruediv__(self, o):
        return f"{o} / {self!r}"
    def __rfloordiv__(self, o):
        return f"{o} // {self!r}"
    def __rmod__(self, o):
        return f"{o} % {self!r}"
    def __rpow__(self, o):
        return f"{o} ** {self!r}"
    def __rmatmul__(self, o):
        return f"{o} @ {self!r}"
    def __rand__(self, o):
        return f"{o} & {self!r}"
    def __ror__(self, o):
        return f"{o} | {self!r}"
    def __rxor__(self, o):
        return f"{o} ^ {self!r}"
    def __rlshift__(self, o):
        return f"{o} << {self!r}"
    def __rrshift__(self, o):
        return f"{o} >> {self!r}"
    def __rdivmod__(self, o):
        return f"divmod({o}, {self!r})"

m = Meters(5)
print(m + 1)
print(1 + m)
print(m + m)
print(10 - m, m - 10)
print(3 * m, m * 3)
print(2 / m, 2 // m, 2 % m, 2 ** m, 2 & m, 2 | m, 2 ^ m, 2 << m, 2 >> m)
print(divmod(7, m))
print(5 @ m, [1] @ m)

# sum() starts with 0, so it needs __radd__
print(sum([Meters(1), Meters(2), Meters(3)]))

# Both sides return NotImplemented -> TypeError
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
try:
    m - "x"
except TypeError as e:
    print("TypeError:", e)

# Subclass reflected method takes priority if it overrides
class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, o):
        return f"Base.__add__({self}, {o})"
    def __radd__(self, o):
        return f"Base.__radd__({self}, {o})"

class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({self}, {o})"

b, d = Base("b"), Derived("d")
print(b + d)        # Derived overrides __radd__ -> tried first
print(d + b)
print(b + b)

class DerivedNoOverride(Base):
    pass
dn = DerivedNoOverride("dn")
print(b + dn)       # not overridden -> normal order

# Same-type operands: __radd__ is NOT tried
class OnlyR:
    def __radd__(self, o):
        return "radd called"
    def __repr__(self):
        return "OnlyR()"
try:
    OnlyR() + OnlyR()
except TypeError as e:
    print("TypeError:", e)
print(1 + OnlyR(), "s" + OnlyR(), [1] + OnlyR())

# Reflected with builtin types that return NotImplemented
class Tag:
    def __radd__(self, o):
        return f"tagged<{o!r}>"
print(1.5 + Tag(), (1, 2) + Tag(), {"a": 1} + Tag(), None + Tag())

# int.__add__ returns NotImplemented for floats -> float.__radd__
print((1).__add__(2.5), (2.5).__radd__(1), 1 + 2.5)
print((3).__mul__("ab"), "ab".__rmul__(3), 3 * "ab")

# Returning NotImplemented from __add__ falls back to other's __radd__
class A:
    def __add__(self, o):
        print("  A.__add__ -> NotImplemented")
        return NotImplemented
    def __repr__(self):
        return "A()"
class B:
    def __radd__(self, o):
        print("  B.__radd__")
        return "B handled it"
print(A() + B())

# Reflected comparison-like behavior of bool(NotImplemented) not relied on;
# NotImplemented is a singleton
print(NotImplemented is NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
