# __eq__ and __hash__: dict keys, set members, unhashable objects.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))

# Defining __eq__ without __hash__ makes instances unhashable
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, NoHash) and self.v == o.v
print(NoHash.__hash__)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError:", e)
print(NoHash(1) == NoHash(1), NoHash(1) in [NoHash(2), NoHash(1)])

# Default objects are hashable and compare by identity
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, len({p1, p2, p1}), hash(p1) == hash(p1))

# Inheriting: a subclass that overrides __eq__ loses inherited __hash__
class Base:
    def __hash__(self):
        return 7
class Child(Base):
    def __eq__(self, o):
        return True
print(hash(Base()), Child.__hash__ is None)
class Child2(Base):
    def __eq__(self, o):
        return True
    __hash__ = Base.__hash__
print(hash(Child2()))

# Subclass without __eq__ keeps parent's hash
class Child3(Point):
    pass
print(hash(Child3(1, 2)) == hash(Point(1, 2)), Child3(1, 2) == Point(1, 2))

# Explicitly unhashable
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

# Hash collisions: equal hash but not equal -> distinct keys
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, Collide) and self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(len(cd), cd[Collide(3)], Collide(9) in cd)

# __eq__ called during dict lookup only when hashes match
class Spy:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print(f"  __eq__({self.v}, {o.v})")
        return self.v == o.v
    def __repr__(self):
        return f"Spy({self.v})"
sd = {Spy("a", 1): 1}
print(Spy("b", 2) in sd)
print(Spy("a", 1) in sd)
print(Spy("c", 1) in sd)

# Mutating a key after insertion breaks lookup
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
k = Mutable(1)
md = {k: "val"}
k.v = 2
print(Mutable(1) in md, Mutable(2) in md, k in md, len(md))

# Equal numbers hash equal across types
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
print({0, 0.0, False}, len({1, 1.0, True, 2}))

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

# Large hash values are reduced but still work
class Big:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(Big()), int), len({Big(), Big()}))

# Unhashable builtins
for v in [[1], {"a": 1}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
