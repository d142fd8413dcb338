# Stacked decorators: application order and call order.

log = []

def tag(name):
    def deco(fn):
        log.append("decorating with " + name + " over " + fn.__name__)
        def wrapper(*a, **k):
            log.append("enter " + name)
            r = fn(*a, **k)
            log.append("exit " + name)
            return f"<{name}>{r}</{name}>"
        wrapper.__name__ = name + "_" + fn.__name__
        return wrapper
    return deco

@tag("a")
@tag("b")
@tag("c")
def text():
    log.append("body")
    return "x"

print(log)
log.clear()
print(text())
print(log)
print(text.__name__)

# Equivalent manual nesting
def raw():
    return "y"
manual = tag("a")(tag("b")(raw))
print(manual(), manual.__name__)

# Order matters for transformations
def double(fn):
    return lambda *a: fn(*a) * 2

def inc(fn):
    return lambda *a: fn(*a) + 1

@double
@inc
def five():
    return 5

@inc
@double
def five_b():
    return 5

print(five(), five_b())

# Stacking with classmethod/staticmethod/property
def logged(fn):
    def wrapper(*a):
        print("  calling", fn.__name__, "with", len(a), "args")
        return fn(*a)
    wrapper.__name__ = fn.__name__
    return wrapper

class Thing:
    factor = 3

    @classmethod
    @logged
    def make(cls, v):
        return cls.__name__ + ":" + str(v * cls.factor)

    @staticmethod
    @logged
    def util(a, b):
        return a + b

    @property
    @logged
    def prop(self):
        return "prop value"

print(Thing.make(2))
print(Thing().make(3))
print(Thing.util(1, 2))
print(Thing().prop)

# Decorators stacked with memo and counter
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

def counting(fn):
    def w(n):
        w.count += 1
        return fn(n)
    w.count = 0
    return w

@counting
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20), fib.count)

@memo
@counting
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(20))
print(sorted(fib2.cache)[-3:])

# Many identical decorators stacked
def plus_one(fn):
    return lambda: fn() + 1

@plus_one
@plus_one
@plus_one
@plus_one
@plus_one
def zero():
    return 0
print(zero())

# Decorators whose expressions are arbitrary (3.9+ relaxed grammar)
decos = [double, inc]
@decos[0]
@decos[1]
def ten():
    return 10
print(ten())

@(lambda f: lambda: f().upper())
def lower():
    return "loud"
print(lower())
