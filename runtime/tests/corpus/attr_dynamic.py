# Dynamic attributes: adding/removing at runtime, class-level changes, descriptors.

class Obj:
    def __repr__(self):
        return "Obj(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"

o = Obj()
print(o)
o.a = 1
o.b = [2]
o.c = o.a + 10
print(o)
o.a = "changed"
del o.b
print(o)

# Attributes can be added to classes after instances exist
class Late:
    pass
x = Late()
Late.shared = "added later"
Late.method = lambda self: "late method"
print(x.shared, x.method())
del Late.method
print(hasattr(x, "method"))

# Instance attribute overrides class attribute until deleted
class Layer:
    value = "class"
l = Layer()
print(l.value)
l.value = "instance"
print(l.value, Layer.value)
del l.value
print(l.value)

# Adding a property to a class at runtime
class Circle:
    def __init__(self, r):
        self.r = r
Circle.area = property(lambda self: round(3.14159 * self.r ** 2, 2))
print(Circle(2).area)

# Attributes are looked up dynamically each time
class Dyn:
    pass
d = Dyn()
names = ["alpha", "beta", "gamma"]
for i, n in enumerate(names):
    setattr(d, n, i * i)
print([getattr(d, n) for n in names], sorted(vars(d).items()))

# Data descriptor on class beats instance dict; non-data descriptor doesn't
class DataDesc:
    def __get__(self, obj, cls):
        return "data descriptor"
    def __set__(self, obj, v):
        obj.__dict__["dd_shadow"] = v
class NonDataDesc:
    def __get__(self, obj, cls):
        return "non-data descriptor"
class Host:
    dd = DataDesc()
    nd = NonDataDesc()
h = Host()
h.__dict__["dd"] = "instance dd"
h.__dict__["nd"] = "instance nd"
print(h.dd, h.nd)
h.dd = "via set"
print(h.dd, vars(h))
print(Host.dd, Host.nd)

# Descriptor __get__ receives None for class access
class Show:
    def __get__(self, obj, cls):
        return f"obj={type(obj).__name__} cls={cls.__name__}"
class S:
    s = Show()
print(S.s, S().s)

# Using __dict__ directly vs attribute access
class Counter:
    def __init__(self):
        self.count = 0
c = Counter()
c.__dict__["count"] += 5
c.__dict__["new"] = "via dict"
print(c.count, c.new)
c.__dict__.clear()
print(hasattr(c, "count"), vars(c))

# Replacing __dict__ entirely
c.__dict__ = {"replaced": True}
print(c.replaced, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# Dynamic class creation with attributes
Attrs = type("Attrs", (), {"x": 1, "double": lambda self: self.x * 2})
a = Attrs()
a.x = 21
print(a.double(), Attrs.x)

# Methods bound dynamically with __get__
def describe(self):
    return f"I am {type(self).__name__} with {sorted(vars(self))}"
o.describe = describe.__get__(o)
print(o.describe())

# Attribute names with leading underscores / dunders
class Under:
    pass
u = Under()
u._private = 1
u.__dunder__ = 2
u.__mangled = 3   # no mangling outside a class
print(sorted(vars(u)))

# Attribute on class shared through inheritance chain updates
class Base:
    setting = 1
class Child(Base):
    pass
class GrandChild(Child):
    pass
Base.setting = 2
print(Child.setting, GrandChild.setting)
Child.setting = 3
print(Base.setting, Child.setting, GrandChild.setting)
del Child.setting
print(GrandChild.setting)
