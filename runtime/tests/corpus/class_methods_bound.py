# Methods, bound methods, and calling through the class.

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="world"):
        return f"{self.name} greets {other}"
    def __repr__(self):
        return f"Greeter({self.name!r})"

g = Greeter("Ann")
bound = g.greet
print(bound())
print(bound("Bob"))
print(Greeter.greet(g, "Cy"))
print(bound.__self__, bound.__func__ is Greeter.greet)
print(type(bound).__name__, type(Greeter.greet).__name__)

# Bound methods keep their instance alive and bound
methods = [Greeter(n).greet for n in "XYZ"]
print([m() for m in methods])

# Equality of bound methods
g2 = Greeter("Ann")
print(g.greet == g.greet, g.greet == g2.greet, g.greet is g.greet)

# Calling unbound with wrong type works (duck typing)
class Impostor:
    name = "impostor"
print(Greeter.greet(Impostor(), "you"))

# Methods stored and called later
actions = {"hi": g.greet}
print(actions["hi"]("there"))

# Bound method of builtin types
lst = []
push = lst.append
for i in range(3):
    push(i * i)
print(lst, push.__self__ is lst, push.__name__)

d = {"a": 1}
getter = d.get
print(getter("a"), getter("b", "missing"))

# Method chaining by returning self
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return " ".join(self.parts)
print(Builder().add("a").add("b").add("c").build())

# Methods calling other methods
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def describe(self):
        return f"{type(self).__name__} area={self.area()} perim={self.perimeter()}"
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
print(Shape(2, 3).describe(), Square(4).describe())

# Function assigned to class becomes a method; to instance does not
def shout(self):
    return self.name.upper()
Greeter.shout = shout
print(g.shout())
g.whisper = lambda: g.name.lower()
print(g.whisper())
try:
    Greeter("x").whisper()
except AttributeError as e:
    print("AttributeError:", e)

# A function set on instance does NOT receive self
def needs_self(self):
    return "got self"
g.needs = needs_self
try:
    g.needs()
except TypeError as e:
    print("TypeError:", e)

# Calling method on class without instance
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)

# __func__ and rebinding manually
rebound = Greeter.greet.__get__(Greeter("Manual"))
print(rebound("Z"))

# Methods named with dunder-style private name mangling
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._protected = 7
    def __private(self):
        return "private method"
    def reveal(self):
        return self.__hidden, self.__private()
s = Secret()
print(s.reveal())
print(sorted(vars(s)))
print(s._Secret__hidden, s._Secret__private())
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)

# Bound method in sort key
class Scorer:
    def __init__(self, weights):
        self.weights = weights
    def score(self, word):
        return sum(self.weights.get(c, 0) for c in word)
sc = Scorer({"a": 1, "b": 3, "z": 10})
print(sorted(["abba", "zz", "aaa", "b"], key=sc.score))
