# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0), d.get(None))
print(d.setdefault("a", 100), d.setdefault("d"), d.setdefault("e", [1]), d)
print(d.pop("d"), d.pop("zz", "default"), d.pop("e"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "y": 2})
d.update([("z", 3), ("x", 10)])
d.update(w=4, x=11)
d.update({"v": 0}, u=-1)
d.update()
print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for w in "a b a c b a".split():
    cnt[w] = cnt[w] + 1
print(cnt, cnt["zzz"], "zzz" in cnt, cnt.get("zzz"), type(cnt).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u)
order = {}
for k in ["one", "two", "three"]:
    order[k] = len(k)
order.pop("one")
order["one"] = 3
print(list(order.items()), next(iter(order)), list(reversed(order)), list(reversed(order.values())))
m = {"k": "v"}
print(m.get("k", "dflt"), m.__getitem__("k"), m.__contains__("k"), m.__len__(), dict.get(m, "q", "none"))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), max({"b": 1, "a": 2}), min({"x": 5, "y": 1}, key=lambda k: {"x": 5, "y": 1}[k]))
