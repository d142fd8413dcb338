# chained comparisons, walrus operator, conditional expressions, is/in operators
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 5 > 4 > 4, 1 <= 1 <= 1)
print(0 < x != 5, x in [5] in [[5]], 1 == 1 in [1], (1 == 1) in [True], 1 < 2 == 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, type(None) is type(None))
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list of", n)
print(n)
vals = [y for x in data if (y := x * 2) > 20]
print(vals, y)
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)
total = 0
print([total := total + d for d in data], total)
print((w := 10) + w, w)
def f(z=(q := 7)):
    return z
print(f(), q)
label = "big" if x > 3 else "small"
print(label, "yes" if [] else "no", "a" if 0 else "b" if 1 else "c", ("t" if x else "f") * 2)
nested = [("pos" if i > 0 else "neg" if i < 0 else "zero") for i in (-1, 0, 1)]
print(nested)
print(max(1, 2) if (m := min(3, 4)) else 0, m)
print([(i, j) for i in range(3) if (j := i * i) % 2 == 0])
print(not 1 == 2, not (1 == 2), (not 1) == 2, (-1 < 0) is True)
s = "hello"
print("ell" in s, "x" not in s, not "x" in s, ["x"] == ["x"] is not False)
print(1 < 2 and 2 < 3, (1 < 2) < 3, 1 < (2 < 3), True == 1 < 2)
def check(n):
    return "small" if n < 10 else "medium" if n < 100 else "large"
print([check(n) for n in (5, 50, 500)])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "a")
