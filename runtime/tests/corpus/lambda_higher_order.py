# Lambdas in higher-order patterns; ends with an uncaught ZeroDivisionError.

compose2 = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))

pipeline = lambda *fs: lambda x: [x := f(x) for f in fs][-1] if fs else x
print(pipeline(inc, dbl, inc)(3), pipeline()(7))

# Currying and flipping
curry = lambda f: lambda a: lambda b: f(a, b)
flip = lambda f: lambda a, b: f(b, a)
sub = lambda a, b: a - b
print(curry(sub)(10)(3), flip(sub)(10, 3), curry(flip(sub))(10)(3))

# Lambdas closing over loop variables via defaults vs closures
adders = [lambda x, n=n: x + n for n in range(4)]
print([a(100) for a in adders])
late = [lambda x: x + n for n in range(4)]
print([a(100) for a in late])

# Returning multiple lambdas that share state through a mutable
def counter():
    state = [0]
    return (lambda: state.__setitem__(0, state[0] + 1) or state[0]), (lambda: state[0])
bump, read = counter()
bump(); bump(); bump()
print(read())

# Sorting with lambda producing tuple keys and negative numbers
records = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 9.0), ("a", 1, 3.0)]
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: r[0] + str(r[1])))

# map with multiple iterables and lambda
print(list(map(lambda a, b, c: a * b + c, [1, 2, 3], [4, 5, 6], [7, 8, 9])))

# filter + map chain
nums = range(-5, 6)
print(list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums))))

# Lambda in dict.get default and key functions
lookup = {"a": lambda: "A", "b": lambda: "B"}
print([lookup.get(k, lambda: "?")() for k in "abz"])

# Immediately-invoked lambda with keyword arguments
print((lambda *, sep="-", **kw: sep.join(f"{k}{v}" for k, v in kw.items()))(x=1, y=2, sep="+"))

# Lambda with conditional recursion through a dict
ops = {}
ops["fact"] = lambda n: 1 if n == 0 else n * ops["fact"](n - 1)
ops["sum"] = lambda n: 0 if n == 0 else n + ops["sum"](n - 1)
print(ops["fact"](12), ops["sum"](100))

# Lambda capturing a class attribute via self
class Scaler:
    factor = 3
    def scaled(self, xs):
        return list(map(lambda x: x * self.factor, xs))
print(Scaler().scaled([1, 2, 3]))

# The lambda's default argument is evaluated once
import math
trig = [lambda x, f=f: round(f(x), 3) for f in (math.sin, math.cos)]
print([t(0) for t in trig], [t(math.pi) for t in trig])

# A lambda that fails lazily: the error appears only when called
safe_div = lambda a, b: a / b if b else float("inf")
unsafe_div = lambda a, b: a / b
results = [safe_div(1, d) for d in (1, 2, 0, 4)]
print(results)
print("calling the unsafe lambda with zero:")
print(list(map(lambda d: unsafe_div(10, d), [5, 2, 0, 1])))
