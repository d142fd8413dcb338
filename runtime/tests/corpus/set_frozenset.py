# frozenset: immutability, hashing, use as dict keys and set elements
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, f == {1, 2, 3}, repr(frozenset()))
print(sorted(f | {4}), sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {3, 4}), type(f - {1}).__name__)
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint("abc"), sorted(f.union([9])), sorted(f.copy()), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.remove(1)
except AttributeError as e:
    print("AttributeError:", e)
g = f
g |= {10}
print(sorted(f), sorted(g), g is f)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(f) == hash(frozenset({1, 2, 3})))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({0})))
d = {frozenset({"a", "b"}): "ab", frozenset(): "empty"}
print(d[frozenset("ba")], d[frozenset()], frozenset({"a", "b"}) in d, {1, 2} == frozenset({1, 2}))
try:
    d[{1}] = 1
except TypeError as e:
    print("TypeError:", e)
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), sorted(sorted(x) for x in nested))
power = {frozenset()}
for x in [1, 2, 3]:
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
print(sorted(frozenset("hello")), frozenset() == set(), frozenset([1]) < frozenset([1, 2]), bool(frozenset()))
edges = [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(tuple(sorted(e)) for e in undirected))
fs_of_fs = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(fs_of_fs), frozenset([1, 2]) in fs_of_fs, sorted(len(x) for x in fs_of_fs))
print(sorted(frozenset({1, 2}).symmetric_difference({2, 3})), sorted(frozenset.intersection(frozenset({1, 2, 3}), {2, 3}, [3])))
# frozenset construction from many iterables and comparisons
print(sorted(frozenset(range(5)) - frozenset(range(2, 8))), frozenset("aab") == frozenset("ba"))
print(frozenset({1: "a", 2: "b"}) == {1, 2}, sorted(frozenset((1, 1, 2)).union([5], (3,))), frozenset([frozenset()]))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(sorted(g) for g in groups.values()))
print(frozenset([1, 2]) <= {1, 2, 3}, {1, 2} >= frozenset([1]), frozenset() < frozenset([0]), frozenset([1]) > set())
