# __class__, type(), isinstance and issubclass relationships.

class Animal:
    def __repr__(self):
        return f"<{type(self).__name__}>"
class Mammal(Animal):
    pass
class Dog(Mammal):
    pass
class Robot:
    def __repr__(self):
        return "<Robot>"

d = Dog()
print(type(d), type(d).__name__, d.__class__.__name__, type(d) is d.__class__)
print(type(d) is Dog, type(d) is Mammal, type(d) == Dog)
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, object))
print(isinstance(d, Robot), isinstance(d, (Robot, Mammal)), isinstance(d, ()))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Robot, object)))

# Reassigning __class__
r = Robot()
a = Animal()
a.__class__ = Dog
print(a, type(a).__name__, isinstance(a, Dog))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)

# Builtins and type relationships
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(3.0, (int, float)), isinstance("x", str), isinstance(b"x", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(Dog, type))
print(isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))

# isinstance errors
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)

# Nested tuples in isinstance
print(isinstance(d, (int, (str, (Animal,)))))

# type(obj).__name__ for many builtins
samples = [1, 1.5, 2j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), None, True,
           range(1), slice(1), len, print, object(), Ellipsis, NotImplemented]
print([type(s).__name__ for s in samples])

# Functions and methods types
class K:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
k = K()
print(type(K.m).__name__, type(k.m).__name__, type(K.c).__name__, type(K.s).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__)

# __class__ inside a method refers to the defining class
class Parent:
    def defining(self):
        return __class__.__name__
    def runtime(self):
        return self.__class__.__name__
class Child(Parent):
    pass
c = Child()
print(c.defining(), c.runtime())

# Comparisons of classes
print(Dog == Dog, Dog != Mammal, Dog.__name__ < Mammal.__name__)
print(sorted([Dog, Animal, Mammal, Robot], key=lambda cls: cls.__name__))

# Class objects as dict keys
handlers = {Dog: "dog handler", Robot: "robot handler"}
def handle(obj):
    for cls in type(obj).__mro__:
        if cls in handlers:
            return handlers[cls]
    return "no handler"
class Puppy(Dog):
    pass
print(handle(Puppy()), handle(r), handle(Animal()), handle(5))

# type() equality vs isinstance for bool/int
vals = [0, True, 1.0, "1"]
print([type(v) is int for v in vals], [isinstance(v, int) for v in vals])
