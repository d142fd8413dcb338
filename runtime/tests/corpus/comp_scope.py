# comprehension scoping: own scope for loop vars, class scope rules, walrus leaking
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)], y)
print({x: x for x in "ab"}, x)
print(sorted({x for x in (5, 6)}), x)
g = (x for x in "gen")
print(x, list(g), x)
def f():
    z = 1
    return [z + a for a in range(3)]
print(f())
def counter():
    n = 0
    vals = [n := n + 1 for _ in range(4)]
    return vals, n
print(counter())
def leak():
    [last := i for i in range(5)]
    return last
print(leak())
class C:
    attr = 5
    items = [i for i in range(3)]
    first_iter = [attr * i for i in range(3)] if False else None
    doubled = [i * 2 for i in items]
print(C.items, C.doubled, C.first_iter)
class D:
    val = 3
    try:
        bad = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
print(D.err)
class E:
    n = 4
    ok = [i for i in range(n)]
print(E.ok)
def nested_scopes():
    k = 2
    return [[k * i * j for j in range(3)] for i in range(3)]
print(nested_scopes())
def closures():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late, early = closures()
print([fn() for fn in late], [fn() for fn in early])
i = "global i"
gen = (i for i in range(2))
print(next(gen), i, list(gen), i)
data = [1, 2, 3]
gen2 = (d * 2 for d in data)
data = [100]
print(list(gen2))
data = [1, 2, 3]
gen3 = (d * m for d in data for m in data)
data.append(4)
print(list(gen3))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    print([q for q in range(3)], q)
except NameError as e:
    print("NameError:", e)
total = 0
for v in [sum(j for j in range(i)) for i in range(5)]:
    total += v
print(total)
print([(lambda: w)() for w in "xy"])
