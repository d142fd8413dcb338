# Attribute and method sites that see several receiver classes (polymorphic
# inline caches), and the changes that must invalidate what they cached.
# Each loop runs well past the interpreter's warm-up so the sites specialize.


class Base:
    def __init__(self, n):
        self.n = n
        self.tag = "base"

    def describe(self):
        return "%s:%d" % (self.tag, self.n)

    def bump(self):
        self.n += 1


class A(Base):
    def __init__(self, n):
        Base.__init__(self, n)
        self.tag = "a"


class B(Base):
    def __init__(self, n):
        self.extra = 0  # a different shape: extra comes first
        Base.__init__(self, n)
        self.tag = "b"


class C(Base):
    def describe(self):
        return "C(%d)" % self.n


class D(Base):
    pass


class E(Base):
    pass


def read_all(objs):
    total = 0
    for o in objs:
        total += o.n
    return total


def store_all(objs, v):
    for o in objs:
        o.n = v


def describe_all(objs):
    return [o.describe() for o in objs]


objs = [cls(i) for i in range(3) for cls in (Base, A, B, C, D, E)]
for _ in range(300):
    read_all(objs)
    store_all(objs, 7)
    for o in objs:
        o.bump()
print(read_all(objs))
print(describe_all(objs))

# A new attribute added along different shapes at one site.
def add_attr(objs, i):
    for o in objs:
        o.added = i


for i in range(200):
    fresh = [cls(i) for cls in (Base, A, B)]
    add_attr(fresh, i)
print([(type(o).__name__, o.added) for o in fresh])

# An instance attribute that shadows a method after the site went polymorphic.
objs2 = [Base(1), A(2), B(3)]
for _ in range(200):
    describe_all(objs2)
objs2[1].describe = lambda: "shadowed"
print(describe_all(objs2))

# A method replaced on a base class: every subclass's entry must go stale.
Base.describe = lambda self: "replaced:%d" % self.n
print(describe_all(objs2))

# A property added to a class after its instances' attribute was cached.
def get_tag(objs):
    return [o.tag for o in objs]


for _ in range(200):
    get_tag(objs2)
A.tag = property(lambda self: "property-tag")
print(get_tag(objs2))

# A class attribute whose value is an instance, whose class later gains
# __get__ (a descriptor).
class Holder:
    pass


class Plain:
    pass


Holder.value = Plain()


def read_value():
    return type(Holder.value).__name__


for _ in range(200):
    read_value()
Plain.__get__ = lambda self, obj, owner: "via __get__"
print(read_value())

# More receiver classes than cache entries: the generic path still works.
many = [type("K%d" % i, (Base,), {})(i) for i in range(10)]
for _ in range(100):
    read_all(many)
    store_all(many, 3)
print(read_all(many), describe_all(many)[:3])

# Special methods assigned to a class after lookups cached their absence, and
# replaced again (the replaced function must not be used after it is freed).
class Late:
    pass


late = Late()
for _ in range(100):
    getattr(late, "missing", None)
Late.__getattr__ = lambda self, name: "first " + name
print(late.missing)
Late.__getattr__ = lambda self, name: "second " + name
print(late.missing)
Plain.__get__ = lambda self, obj, owner: "again"
print(Holder.value, read_value())
