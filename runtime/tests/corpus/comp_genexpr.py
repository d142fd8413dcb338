# generator expressions: laziness, exhaustion, consumption by builtins
evaluated = []
def noisy(v):
    evaluated.append(v)
    return v
g = (noisy(i) * 2 for i in range(5))
print(type(g).__name__, evaluated)
print(next(g), evaluated)
print(next(g), evaluated)
print(list(g), evaluated)
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), min(x % 7 for x in range(10, 20)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]), "".join(c for c in "hello" if c != "l"))
evaluated.clear()
print(any(noisy(x) > 2 for x in range(10)), evaluated)
evaluated.clear()
print(all(noisy(x) < 3 for x in range(10)), evaluated)
print(sorted(x % 4 for x in range(10)), tuple(x for x in "ab"), set(x // 2 for x in range(6)) == {0, 1, 2}, dict((k, k * 2) for k in "ab"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
pipeline = (x * 3 for x in (y + 1 for y in range(5)) if x % 2)
print(list(pipeline))
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(take(5, squares), take(3, squares))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
g2 = (x for x in [1, 2, 3])
print(iter(g2) is g2, 2 in g2, list(g2))
try:
    g3 = (1 / x for x in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g3))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(list(zip((x for x in "abc"), (y for y in range(10)))), list(enumerate(c for c in "xy")))
print(sum((x for x in range(4)), 100), max((x for x in []), default="none"))
words = "the quick brown fox jumps over the lazy dog".split()
print(sum(1 for w in words if "o" in w), next((w for w in words if len(w) > 4), None), next((w for w in words if len(w) > 10), None))
g4 = (i for i in range(3))
print(g4.__next__(), list(g4))
