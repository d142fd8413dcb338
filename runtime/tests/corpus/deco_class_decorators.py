# Class decorators: modify, register or wrap classes.

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} args, got {len(args)}")
        for f, v in zip(fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

def add_eq(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

@add_repr
@add_eq
@add_init
class Point:
    fields = ("x", "y")

p = Point(1, 2)
print(p, Point(1, 2) == p, Point(2, 1) == p, p == (1, 2))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

@add_repr
@add_init
class Color:
    fields = ("r", "g", "b")
print(Color(255, 0, 10))

# Registry decorator
PLUGINS = {}
def plugin(name):
    def deco(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return deco

@plugin("upper")
class Upper:
    def run(self, s):
        return s.upper()

@plugin("rev")
class Reverse:
    def run(self, s):
        return s[::-1]

for name in PLUGINS:
    print(name, PLUGINS[name].__name__, PLUGINS[name]().run("Hello"), PLUGINS[name].plugin_name)

# Decorator that wraps every method
def trace_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(self, *a):
                    r = fn(self, *a)
                    print(f"  {cls.__name__}.{name}{a} -> {r!r}")
                    return r
                return wrapper
            setattr(cls, name, make(val))
    return cls

@trace_methods
class Calc:
    def __init__(self, v):
        self.v = v
    def add(self, n):
        self.v += n
        return self.v
    def mul(self, n):
        self.v *= n
        return self.v

c = Calc(2)
c.add(3)
c.mul(4)
print(c.v)

# Singleton class decorator returns a function, not a class
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    get.__name__ = cls.__name__
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name

c1 = Config("first")
c2 = Config("second")
print(c1 is c2, c1.name, type(Config).__name__, Config.__name__)

# Class decorator adding class attributes and counting instances
def counted(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        type(self).instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls

@counted
class Widget:
    def __init__(self, label):
        self.label = label

ws = [Widget(str(i)) for i in range(5)]
print(Widget.instances, [w.label for w in ws])

# Decorator on a subclass sees inherited attributes
@add_repr
@add_init
class Point3(Point):
    fields = ("x", "y", "z")
print(Point3(1, 2, 3), isinstance(Point3(0, 0, 0), Point))
