# property: getter, setter, deleter, computed and read-only attributes.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius       # goes through the setter

    @property
    def celsius(self):
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(100)
print(t.celsius)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

# Read-only property
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)

c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)

# property() called directly, with docstring
class Account:
    def _get(self):
        return self._bal
    def _set(self, v):
        self._bal = max(0, v)
    def _del(self):
        self._bal = 0
    balance = property(_get, _set, _del, "The balance.")

a = Account()
a.balance = 50
print(a.balance)
a.balance = -10
print(a.balance)
a.balance = 7
del a.balance
print(a.balance)
print(Account.balance.__doc__)
print(type(Account.balance).__name__)
print(Account.balance.fget is Account._get, Account.balance.fset is Account._set)

# Property accessed on the class returns the property object
print(isinstance(Temperature.celsius, property))

# Property shadows instance __dict__ entries
class Shadow:
    @property
    def x(self):
        return "property wins"
s = Shadow()
s.__dict__["x"] = "dict value"
print(s.x, s.__dict__)

# Inheriting and extending a property
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10
ch = Child()
ch.v = 3
print(ch.v)
try:
    b = Base()
    b.v = 3
except AttributeError as e:
    print("AttributeError:", e)

# Overriding a property getter in a subclass
class Child2(Base):
    @property
    def v(self):
        return "child2:" + str(super().v)
print(Child2().v)

# Lazy computed property with caching
class Lazy:
    computations = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            Lazy.computations += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.computations)

# Property whose getter raises AttributeError
class Weird:
    @property
    def broken(self):
        raise AttributeError("custom message from getter")
w = Weird()
print(hasattr(w, "broken"), getattr(w, "broken", "fallback"))

