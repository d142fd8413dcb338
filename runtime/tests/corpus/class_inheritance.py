# Single and multiple inheritance basics.

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    sound = "meow"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a, "|", a.speak(), "|", a.kind())

p = Puppy("bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Dog, (Cat, Animal)), isinstance(p, (int, str)))
print(Puppy.__bases__, Dog.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Animal, object), Animal.__bases__)

# Multiple inheritance: mixins
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"

class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class Point(JsonMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

p1, p2 = Point(1, 2), Point(1, 2)
print(p1.to_json(), p1 == p2, p1 != Point(2, 1))
print([c.__name__ for c in Point.__mro__])

# Overriding and extending
class Base:
    def hello(self):
        return ["Base.hello"]
    def template(self):
        return ["template start"] + self.hook() + ["template end"]
    def hook(self):
        return ["Base.hook"]

class Derived(Base):
    def hello(self):
        return super().hello() + ["Derived.hello"]
    def hook(self):
        return ["Derived.hook"]

print(Base().template())
print(Derived().template())
print(Derived().hello())

# Attribute resolution on multiple bases (left to right)
class L:
    who = "L"
    def m(self):
        return "L.m"
class R:
    who = "R"
    def m(self):
        return "R.m"
    def only_r(self):
        return "R.only_r"
class LR(L, R):
    pass
class RL(R, L):
    pass
print(LR.who, LR().m(), LR().only_r(), RL.who, RL().m())

# Inheriting __init__ and calling parent explicitly
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels
class Car(Vehicle):
    def __init__(self, brand):
        Vehicle.__init__(self, 4)
        self.brand = brand
c = Car("Saab")
print(vars(c))

# Subclass without __init__ inherits parent's signature
class Bike(Vehicle):
    pass
print(Bike(2).wheels)
try:
    Bike()
except TypeError as e:
    print("TypeError:", e)

# type() vs isinstance with inheritance
print(type(p) is Dog, type(Puppy("a", 1)) is Puppy, type(p).__name__)

# __subclasses__ lists direct children in definition order
print([c.__name__ for c in Animal.__subclasses__()])
print([c.__name__ for c in Dog.__subclasses__()])

# Inheriting from a class defined inside a function
def make_class(base, label):
    class Made(base):
        def kind(self):
            return label + "/" + super().kind()
    return Made
Wolf = make_class(Dog, "wolf")
print(Wolf("w").kind(), Wolf.__qualname__, Wolf("w").speak())
