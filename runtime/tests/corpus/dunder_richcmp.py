# Rich comparisons, reflection and total ordering by hand.

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts <= o.parts
    __hash__ = None

a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2.3")]))
print(max(a, b), min([b, a, c]))

# __gt__ is not defined: Python uses reflected __lt__ of the right operand
print(b > a, a > b)
# __ge__ not defined either -> reflected __le__
print(b >= a)

# Comparisons with other types
print(a == "1.2", a != "1.2")
try:
    a < "1.2"
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)

# Tracing which method is called
class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return NotImplemented
    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return NotImplemented
    def __gt__(self, o):
        print(f"  {self}.__gt__({o})")
        return NotImplemented

x, y = T("x"), T("y")
print(x == y)          # both NotImplemented -> identity comparison
print(x == x)
print(x != y)          # != falls back to inverting __eq__
try:
    x < y
except TypeError as e:
    print("TypeError:", e)

# Subclass reflected comparison priority
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
    def __lt__(self, o):
        return "Base.__lt__"
class Sub(Base):
    def __eq__(self, o):
        return "Sub.__eq__"
    def __gt__(self, o):
        return "Sub.__gt__"
print(Base() == Sub(), Sub() == Base(), Base() < Sub())

# __ne__ default inverts __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

# __eq__ returning non-bool
class Elementwise:
    def __init__(self, items):
        self.items = items
    def __eq__(self, o):
        return [a == o for a in self.items]
    def __lt__(self, o):
        return [a < o for a in self.items]
e = Elementwise([1, 2, 3])
print(e == 2, e < 3, 2 == e, 3 > e)
print(e != 2)
if e == 99:
    print("non-empty list is truthy")

# Chained comparisons call each comparison once
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(1) < Loud(5) < Loud(3))
print(Loud(9) < Loud(5) < Loud(3))

# Comparisons of builtin containers use element comparisons
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [a] == [c])
try:
    [1, "x"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([Version("1.0"), Version("2.0")] < [Version("1.0"), Version("3.0")])

# Identity shortcut in container equality
nan = float("nan")
print(nan == nan, [nan] == [nan], (nan,) == (nan,))

# Sorting uses only __lt__
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), sorted([OnlyLt(3), OnlyLt(1)], reverse=True))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
