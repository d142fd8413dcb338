# Generator expressions.

g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

# As sole argument, parentheses may be omitted
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print("-".join(str(i) for i in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "hello"), reverse=True))

# Filters and nested loops
print(list((i, j) for i in range(3) for j in range(3) if i < j))
print(list(c.upper() for word in ["ab", "cd"] for c in word if c != "c"))
print(list(x for x in range(20) if x % 2 if x % 3))

# Laziness: side effects happen on demand
log = []
def noisy(v):
    log.append(v)
    return v
g = (noisy(i) for i in range(5))
print(log)
next(g)
print(log)
for _ in g:
    pass
print(log)

# Short-circuit with any/all stops early
log.clear()
print(any(noisy(i) > 2 for i in range(100)), log)
log.clear()
print(all(noisy(i) < 2 for i in range(100)), log)

# The outermost iterable is evaluated immediately
def src():
    print("  src evaluated")
    return range(3)
g = (x for x in src())
print("created")
print(list(g))

# Errors in the outermost iterable happen at creation time
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# Errors inside happen lazily
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError lazily:", e)
print(list(g))   # the generator is finished after raising

# Nested generator expressions
matrix = [[1, 2, 3], [4, 5, 6]]
rows = (sum(v for v in row) for row in matrix)
print(list(rows))
transposed = list(list(row[i] for row in matrix) for i in range(3))
print(transposed)

# Generator expression closures see variables at iteration time
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

# Generator expression variables do not leak
x = "outer"
list(x for x in range(3))
print(x)

# Using conditional expressions inside
print(list("even" if i % 2 == 0 else "odd" for i in range(4)))

# Consuming with zip and dict
keys = (k for k in "abc")
vals = (v * 10 for v in range(1, 10))
print(dict(zip(keys, vals)))
print(list(vals))   # zip pulls from keys first, so vals lost nothing extra

# Generators in membership tests consume items
g = (i for i in range(10))
print(5 in g, list(g))

# Walrus inside genexp binds in enclosing scope
total = 0
print(list((total := total + i) for i in range(5)), total)

# Genexp with method calls and unpacking
pairs = [("a", 1), ("b", 2)]
print(dict((v, k) for k, v in pairs))
print(list(f"{k}={v}" for k, v in pairs))

# gi_frame and __name__
g = (i for i in range(1))
print(g.__name__)
