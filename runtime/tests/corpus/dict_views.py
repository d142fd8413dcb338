# dict views: keys, values, items; dynamic views; set operations on views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, "a" in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(sorted(it & {("b", 2), ("c", 99)}), sorted(it - {("b", 2)}), k <= {"b", "c", "d", "e"}, k > {"b"}, k.isdisjoint({"z"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(v == v, d.values() == d.values(), list(v) == [2, 3, 4], isinstance(k, type({}.keys())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, "->", val, end="; ")
print()
for i, (key, val) in enumerate(sorted(d.items(), key=lambda p: -p[1])):
    print(i, key, val)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
d2 = {"a": 1, "b": 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d2)
d3 = {"a": 1, "b": 2, "c": 3}
for key in list(d3):
    if d3[key] % 2:
        del d3[key]
print(d3)
d4 = {"x": 1, "y": 2}
for key in d4:
    d4[key] *= 10
print(d4)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
kk = {1: "a"}.keys()
print(kk.mapping if hasattr(kk, "mapping") else "no mapping")
ks = iter(d.keys())
print(next(ks), next(ks), list(ks))
print(dict(zip(d.values(), d.keys())), list(zip(d, d.values())), sum(d.values()), max(d.items(), key=lambda p: p[1]))
e = {}
print(list(e.keys()), list(e.items()), e.keys() == set(), bool(e.values()), bool(d.keys()))
