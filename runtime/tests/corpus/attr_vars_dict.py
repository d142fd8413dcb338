# vars(), __dict__ contents and dir()-free inspection.

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(vars(p))
print(p.__dict__ is vars(p))
print(list(p.__dict__.keys()), list(p.__dict__.values()))

# Insertion order of instance attributes is preserved
p.z = 0
p.a = "later"
print(vars(p))
del p.x
p.x = "re-added"
print(list(vars(p)))

# Class __dict__ is a mappingproxy (read-only)
cd = vars(Point)
print(type(cd).__name__)
print([k for k in cd if not k.startswith("__")])
print("__init__" in cd, "__module__" in cd, cd["dims"])
try:
    cd["dims"] = 3
except TypeError as e:
    print("TypeError:", e)

# Inherited attributes are not in the subclass __dict__
class Point3(Point):
    dims = 3
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(vars(p3), [k for k in vars(Point3) if not k.startswith("__")])
print("norm" in vars(Point3), "norm" in vars(Point), hasattr(p3, "norm"))

# vars() without arguments inside a function returns locals
def f(a, b=2):
    c = a + b
    return sorted(vars().items())
print(f(1))

# vars() on objects without __dict__
for obj in [1, "s", [1], (1,)]:
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError:", e)

class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)

# Mutating vars() changes the object
q = Point(0, 0)
vars(q)["x"] = 100
vars(q).update(label="origin-ish")
print(q.x, q.label, vars(q))

# Functions and modules have __dict__ too
def g():
    pass
g.meta = {"v": 1}
print(vars(g))
import math
print("pi" in vars(math), vars(math)["pi"] == math.pi)

# __dict__ of a class instance with properties: property values aren't stored
class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
pr = Prop()
print(vars(pr), pr.v)

# Snapshot of instance state and restore
class State:
    def __init__(self):
        self.a, self.b = 1, [1, 2]
s = State()
snapshot = dict(vars(s))
s.a = 99
s.b.append(3)
s.c = "new"
print(vars(s))
s.__dict__.clear()
s.__dict__.update(snapshot)
print(vars(s))    # note: b was shared, so it kept the append

# Comparing objects by their __dict__
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
print(Rec(a=1, b=2) == Rec(b=2, a=1), Rec(a=1) == Rec(a=2), Rec() == Rec())

# dir() subset check that is order-independent
names = dir(p3)
print(all(n in names for n in ["x", "y", "z", "norm", "dims", "__init__"]), names == sorted(names))

# __dict__ for class attributes added later
Point.added = "later"
print("added" in vars(Point), vars(p).get("added"))
