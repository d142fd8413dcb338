# tuple/list unpacking, starred targets, nested targets, swapping, for-loop unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = (10, 20)
print(p, q)
(m, n), o = [1, 2], 3
print(m, n, o)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
h, *empty, t = (1, 2)
print(h, empty, t)
*everything, = {"k1": 1, "k2": 2}
print(everything)
[*lst] = (1, 2)
print(lst, type(lst).__name__)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
(((deep,),),) = (((42,),),)
print(deep)
i = 0
data = [10, 20, 30]
i, data[i] = 1, 99
print(i, data)
d = {}
d["a"], d["b"] = d["c"] = (1, 2)
print(d)
obj = type("O", (), {})()
obj.x, obj.y = 5, 6
print(obj.x, obj.y)
l = [0, 1, 2, 3]
l[0], l[-1] = l[-1], l[0]
print(l)
l[1:3], x = ["a", "b", "c"], "after"
print(l, x)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word, end="; ")
print()
for i, (num, word) in enumerate(pairs):
    print(i, num, word[0], end=" | ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
for first, *others in ["abc", "de", "f"]:
    print(first, others)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
s1, s2 = {1}, frozenset({2})
print(s1, s2)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
    fib.append(b)
print(fib, a, b)
v1, v2, v3 = (i * i for i in range(3))
print(v1, v2, v3)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(a, b) = c = (7, 8)
print(a, b, c)
t = 1,
print(t)
u, = t
print(u)
