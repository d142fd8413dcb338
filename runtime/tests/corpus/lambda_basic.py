# Lambda expressions in depth.

sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)

print((lambda: "no args")())
print((lambda a, b=2: a + b)(1))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(z=1, a=2))
print((lambda a, *, b: a - b)(10, b=3))
print((lambda a, /, b: (a, b))(1, b=2))

# Conditional expressions inside lambdas
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-5, 0, 5)])

# Lambda returning a tuple / dict / list
pair = lambda x: (x, x * 2)
print(pair(4))
mk = lambda k, v: {k: v}
print(mk("a", [1]))

# Immediately invoked nested lambdas (currying)
add3 = lambda a: lambda b: lambda c: a + b + c
print(add3(1)(2)(3))
print(add3("a")("b")("c"))

# Lambdas capturing from enclosing function
def make_ops(k):
    return {
        "add": lambda x: x + k,
        "mul": lambda x: x * k,
        "pow": lambda x: x ** k,
    }
ops = make_ops(3)
print({name: f(2) for name, f in ops.items()})

# Lambda with default capturing a value
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])

# Lambdas are just functions
def regular(x):
    return x
print(type(sq) is type(regular))

# Walrus inside lambda body
f = lambda xs: [y for x in xs if (y := x * 2) > 4]
print(f([1, 2, 3, 4]))

# Lambda used as key / comparator-like
data = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: (t[0], -t[1])))
print(max(data, key=lambda t: t[1] * (1 if t[0] != "a" else 10)))

# Recursion via name binding
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# Y-combinator-style recursion without name
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])

# Lambda with side effects via list methods / or-chaining
log = []
logger = lambda msg: log.append(msg) or len(log)
print(logger("one"), logger("two"), log)

# Boolean short-circuit in lambdas
first_truthy = lambda *xs: next((x for x in xs if x), None)
print(first_truthy(0, "", [], "hit", 5), first_truthy(0, None))

# Lambda default evaluated at definition
base = 100
lam = lambda x=base: x
base = 200
print(lam())

# Lambdas in class bodies become methods
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    norm1 = lambda self: abs(self.x) + abs(self.y)
    __repr__ = lambda self: f"Pt({self.x}, {self.y})"
p = Pt(3, -4)
print(p, p.norm1(), Pt.norm1.__qualname__)

# Lambda with star-unpacking in call
apply = lambda f, args: f(*args)
print(apply(max, [3, 8, 1]), apply(lambda a, b: a * b, (6, 7)))
