# Function objects and their attributes.

def plain(a, b=2):
    "Docstring for plain."
    return a + b

print(plain.__name__)
print(plain.__qualname__)
print(plain.__doc__)
print(plain.__defaults__)
print(plain.__module__)
print(type(plain).__name__)
print(callable(plain))

def nodoc():
    pass
print(nodoc.__doc__)
print(nodoc())

class Outer:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def st():
        pass

print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.Inner.deep.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.st.__qualname__)

def factory():
    def inner():
        pass
    return inner

fn = factory()
print(fn.__name__, fn.__qualname__)

lam = lambda: 0
print(lam.__name__, lam.__qualname__)

def make_lam():
    return lambda x: x
print(make_lam().__qualname__)

# Custom attributes live in __dict__.
def tagged():
    return tagged.calls
tagged.calls = 0
tagged.label = "T"
print(sorted(tagged.__dict__.items()))
tagged.calls += 5
print(tagged())
del tagged.label
print(hasattr(tagged, "label"), getattr(tagged, "label", "gone"))

# Renaming changes the reported name
def original():
    pass
original.__name__ = "renamed"
original.__qualname__ = "Some.renamed"
print(original.__name__, original.__qualname__)

try:
    original.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# __doc__ assignment
plain.__doc__ = "new doc"
print(plain.__doc__)

# Annotations
def annotated(x: int, y: "str" = "a") -> list:
    return [x, y]
print(annotated.__annotations__)
print(annotated(1))

# Functions are hashable, comparable by identity
d = {plain: "p", nodoc: "n"}
print(d[plain], d[nodoc])
print(plain == plain, plain == nodoc)

# Bound methods
class C:
    def m(self):
        return "m of " + self.name
c = C()
c.name = "c1"
bm = c.m
print(bm.__name__, bm.__qualname__, bm.__self__ is c, bm.__func__ is C.m)
print(bm())
print(c.m == c.m, c.m is c.m)

# A function's __defaults__ reflects later changes
def mut(x=[]):
    x.append(len(x))
    return x
mut(); mut()
print(mut.__defaults__)

# __code__ basics
def sample(a, b, *args, c, **kw):
    local = 1
    return local
print(sample.__code__.co_name, sample.__code__.co_argcount, sample.__code__.co_kwonlyargcount)
print(sample.__code__.co_varnames)

# Closures expose __closure__
def outer_fn():
    v = 42
    def inner_fn():
        return v
    return inner_fn
cl = outer_fn()
print(len(cl.__closure__), cl.__closure__[0].cell_contents)
print(plain.__closure__)
