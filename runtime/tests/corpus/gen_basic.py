# Generator basics: laziness, state, locals preserved across yields.

def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")

g = count_up(3)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(list(g))

# Generator function with no yields reached still returns a generator
def maybe(flag):
    if flag:
        yield "yes"

print(list(maybe(True)), list(maybe(False)))

# Generators with return but no value
def early(n):
    for i in range(10):
        if i == n:
            return
        yield i
print(list(early(3)), list(early(0)))

# Fibonacci generator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

# Multiple independent generator instances
g1, g2 = fib(), fib()
next(g1); next(g1); next(g1)
print(next(g1), next(g2))

# Yield as expression without send returns None
def echo():
    received = []
    for i in range(3):
        x = yield i
        received.append(x)
    yield received

print(list(echo()))

# yield inside try/finally
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

for v in with_finally():
    print("got", v)

# Generators are iterators
g = count_up(1)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))

# Using a generator in sum/max/sorted/zip/enumerate
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), sorted(squares(4), reverse=True))
print(list(zip(squares(3), "abc")))
print(list(enumerate(squares(3), start=1)))
print(dict(zip("xyz", squares(5))))

# Generator over a mutable list sees mutations
data = [1, 2, 3]
def gen_list(lst):
    for x in lst:
        yield x
g = gen_list(data)
print(next(g))
data.append(4)
print(list(g))

# gi_running / gi_frame state
def simple():
    yield 1
s = simple()
print(s.gi_running, s.gi_frame is not None)
next(s)
print(s.gi_running)
try:
    next(s)
except StopIteration:
    print("exhausted", s.gi_frame is None)

# Yielding tuples and unpacking in for
def pairs():
    for i in range(3):
        yield i, chr(ord("a") + i)
for n, ch in pairs():
    print(n, ch, end="; ")
print()

# Generator with default args and *args
def chain(*iterables, sep=None):
    for i, it in enumerate(iterables):
        if i and sep is not None:
            yield sep
        for x in it:
            yield x
print(list(chain([1, 2], "ab", range(2))))
print(list(chain([1], [2], [3], sep=0)))

# Generator __name__ and __qualname__
print(s.__name__, s.__qualname__)
