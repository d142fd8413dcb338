# Decorators with arguments (decorator factories).

def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("Ann"), hello.__name__)

@repeat(0)
def never():
    return 1
print(never())

def prefix(tag, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return tag + sep + str(fn(*a, **k))
        return wrapper
    return deco

@prefix("INFO")
def status():
    return "ok"

@prefix("WARN", sep=" | ")
def warn(msg):
    return msg
print(status(), warn("disk"))

# Validation decorator with type specs
def accepts(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"arg {i} of {fn.__name__} must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@accepts(int, str)
def rep(n, s):
    return s * n

print(rep(3, "ab"))
for args in [(2, 5), ("x", "y"), (1.5, "z")]:
    try:
        print(rep(*args))
    except TypeError as e:
        print("TypeError:", e)

# Decorator that may be used with or without arguments
def flexible(fn=None, *, label="default"):
    def deco(f):
        def wrapper(*a):
            return f"[{label}] {f(*a)}"
        return wrapper
    if fn is not None:
        return deco(fn)
    return deco

@flexible
def one():
    return 1

@flexible(label="custom")
def two():
    return 2

print(one(), two())

# Retry decorator with state
def retry(attempts):
    def deco(fn):
        def wrapper(*a):
            last = None
            for i in range(1, attempts + 1):
                try:
                    return f"attempt {i}: {fn(*a)}"
                except ValueError as e:
                    last = e
                    print(f"  attempt {i} failed: {e}")
            return f"gave up after {attempts}: {last}"
        return wrapper
    return deco

state = {"n": 0}
@retry(4)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return "success"

print(flaky(3))
state["n"] = 0
print(flaky(10))

# Factory arguments are evaluated once
made = []
def tagger(tag):
    made.append(tag)
    def deco(fn):
        fn.tag = tag
        return fn
    return deco

for t in ["a", "b"]:
    @tagger(t * 2)
    def g():
        pass
    print(g.tag)
print(made)

# Decorator arguments from expressions
def mult(k):
    return lambda fn: lambda x: fn(x) * k

@mult(2 + 3)
def ident(x):
    return x
print(ident(4))

# Decorator applied to a lambda-like via call syntax
timesten = mult(10)(lambda x: x + 1)
print(timesten(1))
