# Class attributes vs instance attributes.

class Dog:
    species = "canis"
    tricks = []          # shared mutable class attribute (pitfall)
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

    def __repr__(self):
        return f"Dog({self.name!r})"

a = Dog("rex")
b = Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is b.tricks is Dog.tricks)
print(a.own_tricks, b.own_tricks)
print(Dog.count, a.count, b.count)

# Instance assignment shadows the class attribute
a.species = "wolf"
print(a.species, b.species, Dog.species)
print("species" in vars(a), "species" in vars(b))
del a.species
print(a.species)

# Changing the class attribute affects instances without their own copy
Dog.species = "canis lupus familiaris"
print(a.species, b.species)

# Augmented assignment on instance creates an instance attribute
class Counter:
    n = 0
c1, c2 = Counter(), Counter()
c1.n += 5
print(c1.n, c2.n, Counter.n, vars(c1), vars(c2))

# Augmented assignment on a class-level list mutates the shared list
class Shared:
    items = []
s1, s2 = Shared(), Shared()
s1.items += [1]
print(s1.items, s2.items, "items" in vars(s1))

# Class attributes via type(self)
class Base:
    label = "base"
    def show(self):
        return self.label, type(self).label, Base.label

class Child(Base):
    label = "child"

print(Base().show(), Child().show())
ch = Child()
ch.label = "instance"
print(ch.show())

# Inspecting class __dict__ keys (filtered, sorted)
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print(sorted(vars(a)))

# Class attribute referenced in method default / body
class Config:
    default_size = 10
    def make(self, size=default_size):
        return [0] * size
    def make2(self):
        return [1] * self.default_size
cfg = Config()
Config.default_size = 2
print(len(cfg.make()), len(cfg.make2()))

# Class attribute lookup goes through the MRO
class A:
    x = "A.x"
    y = "A.y"
class B(A):
    x = "B.x"
class C(B):
    pass
print(C.x, C.y, C().x)
B.x = "B.x changed"
print(C.x)
del B.x
print(C.x)

# Deleting non-existent class attribute
try:
    del C.x
except AttributeError as e:
    print("AttributeError:", e)

# Setting attributes on the class at runtime
C.z = 99
print(C().z, hasattr(A, "z"))

# Methods are class attributes too
def extra(self):
    return "extra on " + type(self).__name__
A.extra = extra
print(C().extra(), B().extra())

# Instance attribute named like a method hides it
class M:
    def go(self):
        return "method"
m = M()
print(m.go())
m.go = lambda: "instance lambda"
print(m.go(), M().go())
del m.go
print(m.go())

# __dict__ of instances is per-object and modifiable
p = M()
p.__dict__["dyn"] = 1
print(p.dyn, vars(p))
