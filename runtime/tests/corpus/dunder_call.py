# __call__: callable instances.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
    def __repr__(self):
        return f"Adder({self.n})"

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10, 20])))
print(sorted([3, -1, 2], key=Adder(-2)))

# Calling with wrong arguments gives a method-style message
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)

# Instances without __call__ aren't callable
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

# __call__ assigned on the instance is ignored (looked up on the type)
nc = NotCallable()
nc.__call__ = lambda: "instance call"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
print(nc.__call__())

# __call__ added to the class later makes existing instances callable
NotCallable.__call__ = lambda self: "class-level call"
print(callable(nc), nc())
del NotCallable.__call__
print(callable(nc))

# Stateful callable: a counter / memoizer
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.fn(*args)
        self.cache[args] = r
        return r

@Memo
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1), slow_add.hits, len(slow_add.cache))

# Recursive memoized function via callable object
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.hits)

# Callable returning callables
class Curry:
    def __init__(self, fn, n, args=()):
        self.fn, self.n, self.args = fn, n, args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= self.n:
            return self.fn(*args)
        return Curry(self.fn, self.n, args)
    def __repr__(self):
        return f"Curry(waiting {self.n - len(self.args)})"
vol = Curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2), vol(2)(3))

# Classes are callable: calling a class invokes type.__call__
class Made:
    def __init__(self, v):
        self.v = v
maker = Made
m = maker(3)
print(type(m).__name__, m.v)
factories = [int, str, list, Made]
print([type(f(5) if f is not list else f("ab")).__name__ for f in factories])

# __call__ through inheritance and super
class Base:
    def __call__(self, x):
        return ["Base", x]
class Derived(Base):
    def __call__(self, x):
        return ["Derived"] + super().__call__(x * 2)
print(Derived()(5))

# callable() on various things
print([callable(x) for x in [len, print, lambda: 0, 1, "s", Base, Base(), Made(1), str.upper, "s".upper]])

# Strategy pattern with callables
class Discount:
    def __init__(self, pct):
        self.pct = pct
    def __call__(self, price):
        return round(price * (100 - self.pct) / 100, 2)
strategies = {"none": lambda p: p, "ten": Discount(10), "half": Discount(50)}
for name, strat in strategies.items():
    print(name, strat(80), strat(19.99))
