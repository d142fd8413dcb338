# __missing__ on dict subclasses.

class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = self.factory()
        self[key] = value
        return value

d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)

# __missing__ is only used by d[key], not by get(), 'in', pop, setdefault
print(d.get("zzz"), "zzz" in d, d.get("zzz", "dflt"))
print(d.pop("nope", "pop-default"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("c", ["setdefault"]))
print(sorted(d))

# Counter-like
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["x"], "x" in c)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

# __missing__ that raises a custom error
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"{key!r} is not configured")
s = Strict(a=1)
print(s["a"])
try:
    s["b"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ returning computed value without storing
class Squares(dict):
    def __missing__(self, key):
        return key * key
sq = Squares({2: "two"})
print(sq[2], sq[5], sq[-3], len(sq))

# Recursive __missing__: auto-vivification
class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child
t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
t["z"]
print(t)

# Case-insensitive lookup fallback
class CaseInsensitive(dict):
    def __missing__(self, key):
        if isinstance(key, str) and key.lower() != key:
            return self[key.lower()]
        raise KeyError(key)
ci = CaseInsensitive(name="ann")
print(ci["name"], ci["NAME"], ci["Name"])
try:
    ci["AGE"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ on a plain dict instance attribute does nothing
plain = {}
plain.__class__  # just to touch it
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)

# __missing__ defined on a non-dict class is just a method
class NotDict:
    def __missing__(self, key):
        return "never used"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError:", e)

# Subclass of subclass inherits __missing__
class Sub(Counter):
    pass
sb = Sub()
sb["q"] += 5
print(sb, type(sb).__name__)

# __missing__ receives the exact key object (including unhashable check first)
class Echo(dict):
    def __missing__(self, key):
        return ("missing", key)
e = Echo()
print(e[(1, 2)], e[None], e[3.5])
try:
    e[[1]]
except TypeError as err:
    print("TypeError:", err)

# Default with arguments to factory based on key
class KeyFactory(dict):
    def __missing__(self, key):
        v = self[key] = f"<{key}:{len(self)}>"
        return v
kf = KeyFactory()
print(kf["x"], kf["y"], kf["x"], kf)

# Iteration and len unaffected
print(list(d), len(d), list(c.keys())[:3])
