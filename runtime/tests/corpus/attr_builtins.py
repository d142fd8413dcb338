# getattr / setattr / hasattr / delattr.

class Box:
    kind = "box"
    def __init__(self):
        self.width = 3
        self.height = 4
    def area(self):
        return self.width * self.height
    def __repr__(self):
        return f"Box({self.width}x{self.height})"

b = Box()
print(getattr(b, "width"), getattr(b, "kind"), getattr(b, "area")())
print(getattr(b, "depth", None), getattr(b, "depth", 0), getattr(Box, "kind"))
try:
    getattr(b, "depth")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Box, "depth")
except AttributeError as e:
    print("AttributeError:", e)

print(hasattr(b, "width"), hasattr(b, "area"), hasattr(b, "kind"), hasattr(b, "nope"))
print(hasattr(Box, "width"), hasattr(Box, "area"))

setattr(b, "depth", 5)
setattr(b, "width", 10)
print(b.depth, b, b.area())
setattr(Box, "kind", "crate")
print(b.kind, Box().kind)

delattr(b, "depth")
print(hasattr(b, "depth"))
try:
    delattr(b, "depth")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "kind")      # class attribute, not on instance
except AttributeError as e:
    print("AttributeError:", e)

# Names that aren't identifiers are allowed
setattr(b, "with space", 1)
setattr(b, "123", 2)
print(getattr(b, "with space"), getattr(b, "123"), sorted(vars(b)))

# Non-string names
for fn, args in [(getattr, (b, 1)), (setattr, (b, None, 1)), (hasattr, (b, 2.5)), (delattr, (b, b"x"))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)

# getattr with default does not swallow other exceptions
class Raises:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
    @property
    def missing(self):
        raise AttributeError("property says missing")
r = Raises()
print(getattr(r, "missing", "default used"), hasattr(r, "missing"))
try:
    getattr(r, "bad", "default")
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(r, "bad")
except ValueError as e:
    print("ValueError from hasattr:", e)

# Dynamic dispatch by name
class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
    def run(self, name, *args):
        method = getattr(self, "op_" + name, None)
        if method is None:
            return f"unknown op {name!r}"
        return method(*args)
c = Calculator()
print(c.run("add", 2, 3), c.run("mul", 4, 5), c.run("pow", 2, 3))

# Attributes on functions, modules, classes
def fn():
    pass
setattr(fn, "tag", "T")
print(getattr(fn, "tag"), getattr(fn, "__name__"))
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"), getattr(math, "nonexistent", "no"))
try:
    getattr(math, "nonexistent")
except AttributeError as e:
    print("AttributeError:", e)

# Builtin objects
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")(), hasattr(5, "real"), getattr(5, "imag"))
try:
    setattr("abc", "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)

# Copying attributes between objects
src = Box()
src.color = "red"
dst = Box()
for k, v in vars(src).items():
    if not hasattr(dst, k):
        setattr(dst, k, v)
print(vars(dst))

# getattr on a chained path
class Node:
    def __init__(self, **kw):
        self.__dict__.update(kw)
root = Node(child=Node(child=Node(value=42)))
def get_path(obj, path, default=None):
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return default
    return obj
print(get_path(root, "child.child.value"), get_path(root, "child.value", "n/a"), get_path(root, "x.y", "n/a"))
