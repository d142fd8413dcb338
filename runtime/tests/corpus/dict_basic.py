# dict construction, insertion order, item access, update semantics
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"], list(d), "a" in d, "z" in d, 1 in d)
d["z"] = 26
d["b"] = 100
print(d)
del d["a"]
d["a"] = 2
print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("abc", range(3))))
print(dict([("dup", 1), ("dup", 2)]), {"k": 1, "k": 2}, dict({"a": 1}, a=3), dict(["ab", "cd"]))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", frozenset({1}): "fs", "": "empty"})
keys = {}
keys[1] = "a"
keys[1.0] = "b"
keys[True] = "c"
print(keys, list(keys)[0], type(list(keys)[0]).__name__)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    print({(1, 2): 0}[(2, 1)])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[""])
except KeyError as e:
    print("KeyError:", repr(str(e)))
nested = {"outer": {"inner": {"deep": [1, 2, {"x": "y"}]}}}
print(nested["outer"]["inner"]["deep"][2]["x"], nested)
nested["outer"]["new"] = {}
nested["outer"]["new"]["k"] = 1
print(nested)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2), d1 != {"a": 1}, {} == {}, {"a": 1} == {"a": 1.0}, {1: 2} == [(1, 2)])
try:
    print(d1 < d2)
except TypeError as e:
    print("TypeError:", e)
s = {"x": [1]}
t = s.copy()
t["x"].append(2)
t["y"] = 0
print(s, t)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
