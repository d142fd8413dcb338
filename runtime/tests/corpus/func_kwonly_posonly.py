# Keyword-only (after *) and positional-only (before /) parameters.

def kwonly(a, *, b, c=3):
    return (a, b, c)

print(kwonly(1, b=2))
print(kwonly(1, c=9, b=8))
print(kwonly(a=0, b=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print("E1:", e)
try:
    kwonly(1)
except TypeError as e:
    print("E2:", e)

def posonly(a, b, /, c, d=4):
    return (a, b, c, d)

print(posonly(1, 2, 3))
print(posonly(1, 2, c=3))
print(posonly(1, 2, 3, d=5))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print("E3:", e)
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("E4:", e)

# Positional-only names can be reused as **kwargs keys.
def flexible(name, /, **kwargs):
    return name, kwargs
print(flexible("x", name="y"))
print(flexible("pos", other=1, name=2))

# Both markers together.
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    both(1, 2, 3)
except TypeError as e:
    print("E5:", e)

# Defaults on positional-only.
def po_defaults(a, b=10, /):
    return a * b
print(po_defaults(2), po_defaults(2, 3))
try:
    po_defaults(2, b=3)
except TypeError as e:
    print("E6:", e)

# Keyword-only with varargs.
def varkw(*args, sep=", ", end="."):
    return sep.join(str(a) for a in args) + end
print(varkw(1, 2, 3))
print(varkw(1, 2, 3, sep="; ", end="!"))
print(varkw())

# Keyword-only without default, required.
def required_kw(*, x, y):
    return x - y
print(required_kw(y=1, x=10))
try:
    required_kw()
except TypeError as e:
    print("E7:", e)
try:
    required_kw(x=1)
except TypeError as e:
    print("E8:", e)
try:
    required_kw(1, 2)
except TypeError as e:
    print("E9:", e)

# Inspect default containers.
def mix(p, q=2, /, r=3, *, s=4, t):
    pass
print(mix.__defaults__)
print(mix.__kwdefaults__)
print(mix.__code__.co_argcount, mix.__code__.co_posonlyargcount, mix.__code__.co_kwonlyargcount)

# Lambdas support the same syntax.
lam = lambda a, /, b, *, c=5: (a, b, c)
print(lam(1, 2), lam(1, b=2, c=3))
try:
    lam(a=1, b=2)
except TypeError as e:
    print("E10:", e)

# Methods with positional-only self.
class Box:
    def __init__(self, value, /):
        self.value = value
    def get(self, /, default=None, *, scale=1):
        return (self.value if self.value is not None else default) * scale
b = Box(3)
print(b.get(), b.get(scale=2), Box(None).get(7), Box(None).get(default=8, scale=3))
try:
    Box(value=3)
except TypeError as e:
    print("E11:", e)
