# __new__: singletons, immutable subclasses, and __new__/__init__ interplay.

class Traced:
    def __new__(cls, *args, **kwargs):
        print(f"  __new__({cls.__name__}, {args}, {kwargs})")
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, x, y=0):
        print(f"  __init__(x={x}, y={y})")
        self.x, self.y = x, y
    def __repr__(self):
        return f"Traced({self.x}, {self.y})"

t = Traced(1, y=2)
print(t, t.created_by_new)

# Singleton
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("  creating the instance")
            cls._instance = super().__new__(cls)
            cls._instance.value = 0
        return cls._instance

s1 = Singleton()
s2 = Singleton()
s1.value += 5
print(s1 is s2, s2.value)

# If __new__ returns an object of another type, __init__ is skipped
class Weird:
    def __new__(cls, v):
        if v < 0:
            return "negative!"
        return super().__new__(cls)
    def __init__(self, v):
        print("  Weird.__init__", v)
        self.v = v
print(Weird(-1))
w = Weird(3)
print(type(w).__name__, w.v)

# Immutable int subclass via __new__
class Positive(int):
    def __new__(cls, value):
        value = int(value)
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"Positive({int(self)})"

p = Positive("42")
print(p, p + 1, type(p + 1).__name__, isinstance(p, int), p * 2)
try:
    Positive(-5)
except ValueError as e:
    print("ValueError:", e)

# Rounded float
class Rounded(float):
    def __new__(cls, value, digits=2):
        return super().__new__(cls, round(value, digits))
print(Rounded(3.14159), Rounded(2.71828, 3), Rounded(1.005, 1) + 0)

# Tuple subclass with named access
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), list(pt), pt + (5,))
a, b = pt
print(a, b, hash(pt) == hash((3, 4)))
try:
    pt[0] = 1
except TypeError as e:
    print("TypeError:", e)

# Upper-case string subclass
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u + "!", type(u).__name__, type(u + "!").__name__)

# __init__ on immutable types can't change the value
class TryInit(int):
    def __init__(self, v):
        self.extra = v * 2
ti = TryInit(7)
print(ti, ti.extra)

# Caching instances in __new__ (interning)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
    def __repr__(self):
        return f"Interned({self.key!r})"
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), sorted(Interned._cache))

# object.__new__ with extra args when __init__ is not overridden
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

# __new__ is a static method implicitly
print(type(Traced.__dict__["__new__"]).__name__)

# Subclass inheriting __new__
class SubPositive(Positive):
    pass
sp = SubPositive(9)
print(type(sp).__name__, sp + 0)
