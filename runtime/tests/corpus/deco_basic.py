# Simple decorators without arguments.

def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("world"))
print(greet.__name__)   # wrapper: no name copying

def copy_meta(src):
    def apply(dst):
        dst.__name__ = src.__name__
        dst.__qualname__ = src.__qualname__
        dst.__doc__ = src.__doc__
        dst.__wrapped__ = src
        return dst
    return apply

def traced(fn):
    @copy_meta(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {fn.__name__}({', '.join(parts)})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

@traced
def add(a, b=0):
    "Add two numbers."
    return a + b

print(add(2, 3))
print(add(1, b=10))
print(add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(5, 5))

# Decorator syntax is equivalent to reassignment
def plain(x):
    return x * 2
manual = traced(plain)
print(manual(21))

# Decorators that count calls
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

@counted
def noop():
    pass

for _ in range(4):
    noop()
print(noop.__name__, noop.calls)

# Recursive decorated function: recursive calls go through the wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

# Decorator that returns the original function after registering
REGISTRY = {}
def register(fn):
    REGISTRY[fn.__name__] = fn
    return fn

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(sorted(REGISTRY), REGISTRY["beta"](), alpha is REGISTRY["alpha"])

# Decorator that replaces function with a non-function
def to_value(fn):
    return fn()

@to_value
def computed():
    return sum(range(10))
print(computed, type(computed).__name__)

# Decorator catching exceptions
def safe(fn):
    def wrapper(*a):
        try:
            return fn(*a)
        except Exception as e:
            return f"{type(e).__name__}: {e}"
    return wrapper

@safe
def divide(a, b):
    return a / b
print(divide(1, 4), divide(1, 0))

@safe
def index(seq, i):
    return seq[i]
print(index([1], 0), index([1], 5), index({}, "k"))

# Decorator evaluation order: decorator expression is evaluated before the def
order = []
def make_deco(tag):
    order.append("make " + tag)
    def deco(fn):
        order.append("apply " + tag)
        return fn
    return deco

@make_deco("x")
def f():
    pass
print(order)
