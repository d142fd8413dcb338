# Default parameter values: evaluation time, mutable default pitfalls, sentinels.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# Defaults are evaluated once, at definition time.
counter = 10
def show(x=counter):
    return x
counter = 20
print("default captured at def time:", show())
print("explicit:", show(counter))

# The classic mutable default pitfall.
def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print("a:", a, "b:", b, "same object:", a is b)
print("defaults now:", append_to.__defaults__)
c = append_to(3, [])
print("fresh list:", c)
print("defaults unchanged by explicit arg:", append_to.__defaults__)

# The fix: None sentinel.
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

# A private sentinel distinguishes "not passed" from None.
_MISSING = object()
def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        return "no default given for " + repr(key)
    return default

d = {"a": 1}
print(lookup(d, "a"))
print(lookup(d, "b"))
print(lookup(d, "b", None))
print(lookup(d, "b", 0))

# Mutable dict default used as a cache.
def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]

print("fib(30) =", fib(30))
print("cache size:", len(fib.__defaults__[0]))

# __defaults__ and __kwdefaults__ inspection and modification.
def kw(a, b=2, *, c=3, d):
    return (a, b, c, d)

print(kw.__defaults__)
print(kw.__kwdefaults__)
print(kw(1, d=4))
kw.__defaults__ = (200,)
kw.__kwdefaults__ = {"c": 300, "d": 400}
print(kw(1))
print(kw(1, 2, c=3, d=4))

def nodefs(x):
    return x
print(nodefs.__defaults__, nodefs.__kwdefaults__)

# Defaults may reference earlier names and expressions.
base = 5
def expr_default(x=base * 2, y=[i * i for i in range(4)], z=len("abc")):
    return x, y, z
print(expr_default())

# Default that is a function call evaluated once.
calls = []
def make_default():
    calls.append("called")
    return len(calls)

def uses_default(v=make_default()):
    return v

print(uses_default(), uses_default(), uses_default(), calls)

# Default tuples are immutable and safe.
def safe_tuple(t=()):
    t = t + (1,)
    return t
print(safe_tuple(), safe_tuple(), safe_tuple((9,)))
