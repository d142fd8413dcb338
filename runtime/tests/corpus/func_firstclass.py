# Functions as first-class values.

def square(x):
    return x * x

def cube(x):
    return x * x * x

def negate(x):
    return -x

ops = [square, cube, negate, abs]
for op in ops:
    print(op.__name__, [op(v) for v in (-2, 3)])

table = {"sq": square, "cu": cube}
print(table["sq"](7), table["cu"](3))

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
print(compose(square, inc)(3))     # square(inc(3)) = 16
print(compose(inc, square)(3))     # inc(square(3)) = 10
print(compose()(5))
print(compose(negate, cube, inc)(1))

def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(square, 3, 2))
print(apply_n(lambda s: s + "!", 4, "hey"))

# Higher-order builtins
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(len, words)))
print(list(map(pow, [2, 3, 4], [5, 2, 1])))
print(list(filter(lambda w: "e" in w, words)))
print(list(filter(None, [0, 1, "", "x", [], [0], None])))
print(max(words, key=len), min(words, key=lambda w: w[-1]))

# Unbound methods as functions
print(list(map(str.upper, ["a", "b"])))
print(list(map(list.__len__, [[1], [1, 2], []])))

# Functions returning functions
def multiplier(k):
    def mul(x):
        return x * k
    mul.__name__ = "mul_by_" + str(k)
    return mul

doublers = [multiplier(k) for k in range(1, 4)]
print([d.__name__ for d in doublers])
print([d(10) for d in doublers])

# Callbacks and dispatch
def dispatch(cmd, *args):
    handlers = {
        "add": lambda a, b: a + b,
        "neg": negate,
        "join": lambda *parts: "-".join(parts),
    }
    handler = handlers.get(cmd)
    if handler is None:
        return "unknown: " + cmd
    return handler(*args)

print(dispatch("add", 2, 3))
print(dispatch("neg", 9))
print(dispatch("join", "a", "b", "c"))
print(dispatch("zap"))

# Functions in data structures compared by identity
registry = []
def register(f):
    registry.append(f)
    return f

@register
def one():
    return 1

@register
def two():
    return 2

print([f() for f in registry], registry[0] is one)

# Partial application by hand
def partial(f, *pargs, **pkw):
    def p(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return f(*pargs, *args, **merged)
    return p

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000), partial(power, exp=3)(4))

# reduce written manually
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: b + a, "abcd", ""))

# Methods are values too
s = "hello world"
m = s.split
print(m(), m("o"))
append = [].append
append(1); append(2)
print(append.__self__)
