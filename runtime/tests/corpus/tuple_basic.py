# tuples: construction, indexing, slicing, methods, comparisons, hashing, immutability
t = (1, "two", 3.0, [4], None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2], type(t[1:2]).__name__)
print((), (1,), 1, (1), tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple(x * 2 for x in (1, 2)))
e = 1, 2, 3
f = 4,
print(e, f, type(f).__name__, (e), (e,), e + f, f * 3, 2 * f, e * 0, repr(()), repr((1,)), str((None,)))
print(t.index("two"), t.count(None), (1, 1, 2, 1).count(1), (1, 2, 3, 2).index(2, 2), (1, True, 1.0).count(1))
t[3].append(5)
print(t)
try:
    t[0] = 0
except TypeError as ex:
    print("TypeError:", ex)
try:
    del t[0]
except TypeError as ex:
    print("TypeError:", ex)
try:
    t.append(1)
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    t[10]
except IndexError as ex:
    print("IndexError:", ex)
try:
    (1, 2).index(3)
except ValueError as ex:
    print("ValueError:", ex)
try:
    (1,) + [2]
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash(t)
except TypeError as ex:
    print("TypeError:", ex)
try:
    t[3] += [6]
except TypeError as ex:
    print("TypeError:", ex)
print(t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), ("a", 1) < ("a", 2), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, "a") < (2, 0), (float("nan"),) == (float("nan"),), max((1, 2), (1, 3), (0, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    (1, "a") < (1, 2)
except TypeError as ex:
    print("TypeError:", ex)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash((1, (2, 3))), hash((0.5, True)))
d = {(1, 2): "a", (1, (2, 3)): "b", (): "empty"}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1, 2) in d)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1:], sum(nested[0]), [a for a, *_ in nested])
print(tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))), min((4, 2, 8)), 2 in (1, 2), (1, 2).__len__(), (5, 6).__getitem__(0))
print(tuple.__name__, isinstance((), tuple), tuple is type(()), (1, 2) + () == (1, 2))
