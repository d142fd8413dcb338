# Class bodies are executed like code; type() creates classes dynamically.

print("before class")

class Loud:
    print("  executing class body")
    x = 1
    for i in range(3):
        print("  loop in body", i)
    squares = {n: n * n for n in range(4)}
    if x:
        mode = "on"
    else:
        mode = "off"
    def method(self):
        return self.mode
    print("  names so far:", sorted(k for k in locals() if not k.startswith("__")))

print("after class")
print(Loud.i, Loud.squares, Loud.mode, Loud().method())

# Conditional method definitions
DEBUG = True
class Service:
    if DEBUG:
        def log(self, msg):
            return "[debug] " + msg
    else:
        def log(self, msg):
            return msg
print(Service().log("hello"))

# Methods created in a loop within the class body
class Ops:
    for _name, _k in [("double", 2), ("triple", 3)]:
        def _f(self, x, k=_k):
            return x * k
        _f.__name__ = _name
        locals()[_name] = _f
    del _name, _k, _f
o = Ops()
print(o.double(5), o.triple(5), sorted(k for k in vars(Ops) if not k.startswith("__")))

# __module__, __qualname__, __doc__ are set automatically
class Documented:
    "A documented class."
print(Documented.__module__, Documented.__qualname__, Documented.__doc__)
class Undocumented:
    pass
print(Undocumented.__doc__)

# type(name, bases, dict)
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dyn"})
d = Dyn(21)
print(type(d).__name__, d.double(), Dyn.tag, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"tag": "sub"})
print(Sub(1).double(), Sub.tag, [c.__name__ for c in Sub.__mro__])

# type with one argument returns the type
print(type(5).__name__, type("s").__name__, type(Dyn).__name__, type(type).__name__)
print(type(None).__name__, type(print).__name__, type(len).__name__)

# type() argument errors
try:
    type("X", "notatuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)

# Class body return values and exceptions
try:
    class Fails:
        a = 1
        raise RuntimeError("failed in class body")
except RuntimeError as e:
    print("RuntimeError:", e)
print("Fails" in globals())

# Class attributes computed from earlier ones
class Geometry:
    PI = 3.14159
    TAU = PI * 2
    UNITS = ("cm", "m")
    DEFAULT_UNIT = UNITS[0]
print(Geometry.TAU, Geometry.DEFAULT_UNIT)

# Class decorators and body side effects in order
events = []
def deco(cls):
    events.append("decorated " + cls.__name__)
    return cls
@deco
class Ev:
    events.append("body of Ev")
print(events)

# The class name is not bound until the body finishes
try:
    class SelfRef:
        me = SelfRef
except NameError as e:
    print("NameError:", e)

# Redefining a class creates a new distinct class
class Again:
    v = 1
first = Again
class Again:
    v = 2
print(first.v, Again.v, first is Again, first.__name__ == Again.__name__)
