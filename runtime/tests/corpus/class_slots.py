# __slots__: restricted attributes; ends with an uncaught AttributeError.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p)
p.x = 10
print(p.x, p.y)
print(hasattr(p, "__dict__"))
print(Point.__slots__)

try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

# Unset slot
class Lazy:
    __slots__ = ["a", "b"]
    def __init__(self):
        self.a = 1
l = Lazy()
print(l.a, hasattr(l, "b"))
try:
    l.b
except AttributeError as e:
    print("AttributeError:", e)
l.b = 2
print(l.b)
del l.b
try:
    del l.b
except AttributeError as e:
    print("AttributeError:", e)

# Slot descriptors live on the class
print(type(Point.__dict__["x"]).__name__)

# Slots with a class attribute of the same name conflicts
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

# Subclass without __slots__ gets a __dict__
class Point3(Point):
    pass
p3 = Point3(1, 2)
p3.z = 3
print(p3, p3.z, p3.__dict__)

# Subclass with its own __slots__ stays restricted
class Point4(Point):
    __slots__ = ("w",)
    def __init__(self, x, y, w):
        super().__init__(x, y)
        self.w = w
p4 = Point4(1, 2, 3)
print(p4, p4.w, hasattr(p4, "__dict__"))
try:
    p4.q = 1
except AttributeError as e:
    print("AttributeError:", e)

# '__dict__' in slots re-enables dynamic attributes
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.other = 2
print(f.a, f.other, f.__dict__)

# A single string as __slots__
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

# Empty slots
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print("AttributeError:", err)

# Slots and class attributes (read-only from instance perspective)
class WithClassAttr:
    __slots__ = ("a",)
    kind = "constant"
w = WithClassAttr()
print(w.kind)
try:
    w.kind = "changed"
except AttributeError as err:
    print("AttributeError:", err)

# Slots with properties
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
print(Temp(100).f)

# getattr/setattr work with slots
setattr(p, "y", 99)
print(getattr(p, "y"), getattr(p, "nope", "default"))

print("assigning an undeclared attribute:")
p.color = "red"
