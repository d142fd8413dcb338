# Closures capture variables from enclosing scopes.

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))

def make_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    return incr

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1(), c2())

# Closure sees later rebinding of the enclosing variable
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print("late:", late()())

# Closure keeps the enclosing frame's variables alive
def make_accumulator():
    items = []
    def add(item):
        items.append(item)
        return list(items)
    return add

acc = make_accumulator()
acc("a")
acc("b")
print(acc("c"))

# Multiple levels of nesting
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
print(level1("x")("y")("z"))

# Closure over a parameter with a default
def greeter(greeting="Hello"):
    def greet(name):
        return f"{greeting}, {name}"
    return greet
print(greeter()("Al"), greeter("Hi")("Bo"))

# Closures as objects: getter/setter pair
def make_cell(initial):
    value = initial
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = make_cell(3)
print(get())
set_(99)
print(get())

# Closures over loop result in a comprehension
def powers(n):
    return [lambda x, e=e: x ** e for e in range(n)]
print([p(2) for p in powers(5)])

# Memoization via closure
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), len(slow_fib.cache))

# Closure cell contents inspection
def outer():
    a = "A"
    b = [1]
    def inner():
        return a, b
    return inner
fn = outer()
print([c.cell_contents for c in fn.__closure__])
print(fn.__code__.co_freevars)

# Class body does not create a closure scope for methods
x = "global x"
class Scope:
    x = "class x"
    def method(self):
        return x
    values = [x for _ in range(2)]
print(Scope().method())
print(Scope.values)

# Closure in a comprehension referencing an enclosing function variable
def scaled(factor, data):
    return [d * factor for d in data]
print(scaled(3, [1, 2, 3]))
