# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear
a = [3, 1, 4]
a.append(1)
a.append([5, 9])
print(a, len(a))
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
a.extend((x for x in [7]))
a.extend([])
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
print(a.index(1), a.index(1, 2), a.index("a", -5), a.count(1), a.count([5, 9]), a.count("zz"))
a.remove(1)
a.remove([5, 9])
print(a)
a.reverse()
print(a)
b = a.copy()
b.append("only b")
print(a is b, a == b[:-1], len(a), len(b))
b.clear()
print(b, a[:3])
for args in [(), (99,)]:
    try:
        print([].pop(*args))
    except IndexError as e:
        print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [].extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [].insert(0)
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
x.extend(x)
print(x)
x.append(x)
print(x, len(x), x[-1] is x)
nan = float("nan")
n = [nan, 1]
print(n.count(nan), n.index(nan), nan in n, [nan] == [nan], [float("nan")] == [float("nan")])
print([1, 1.0, True].count(1), [0, False, 0.0, None].count(0), ["1", 1].index(1))
st = []
for op in "push1 push2 pop push3 push4 pop pop".split():
    if op.startswith("push"):
        st.append(int(op[4:]))
    else:
        print("popped", st.pop(), "->", st)
q = list(range(5))
while q:
    print(q.pop(0), end=" ")
print()
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3, 0, -1)), list(map(abs, [-1, -2])))
