# Subclassing dict.

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())

ld = LowerDict()
ld["Name"] = "Ann"
ld["AGE"] = 30
print(ld, ld["name"], ld["NAME"], "age" in ld, "Age" in ld)
# dict's own methods bypass the overrides
ld2 = LowerDict({"MiXeD": 1})
print(ld2, "mixed" in ld2)
ld2.update(Other=2)
print(ld2)
print(ld.get("NAME"), ld.get("name"))

# Ordered access helpers
class Registry(dict):
    def first(self):
        return next(iter(self.items()))
    def last(self):
        return next(reversed(self.items()))
    def invert(self):
        return type(self)((v, k) for k, v in self.items())

r = Registry(a=1, b=2, c=3)
print(r.first(), r.last(), r.invert(), type(r.invert()).__name__)

# Copy returns dict, not subclass
print(type(r.copy()).__name__, type(dict(r)).__name__, type(r | {"d": 4}).__name__)

# fromkeys returns subclass
print(type(Registry.fromkeys("ab")).__name__, Registry.fromkeys("ab", 0))

# __repr__ override
class Pretty(dict):
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.items())
        return f"Pretty({inner})"
p = Pretty(x=1, y="two")
print(p, [p], str(p))

# Counting dict with add method
class Tally(dict):
    def add(self, *keys):
        for k in keys:
            self[k] = self.get(k, 0) + 1
        return self
    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))
t = Tally().add(*"abracadabra")
print(t, t.most())

# Equality compares as dict
print(Tally(a=1) == {"a": 1}, Pretty() == Registry(), isinstance(t, dict))

# Attribute-style access via __getattr__
class Namespace(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
    def __delattr__(self, k):
        del self[k]
ns = Namespace(a=1)
ns.b = 2
print(ns.a, ns.b, ns)
del ns.a
print(ns, hasattr(ns, "a"))

# Overriding __init__ with validation
class Config(dict):
    required = ("host", "port")
    def __init__(self, **kw):
        missing = [r for r in self.required if r not in kw]
        if missing:
            raise KeyError(f"missing keys: {missing}")
        super().__init__(**kw)
print(Config(host="h", port=1))
try:
    Config(host="h")
except KeyError as e:
    print("KeyError:", e)

# keys/values/items views on subclass
print(list(t.keys())[:3], sum(t.values()), sorted(t.items())[:2])

# Subclass with __missing__ and __setitem__ logging
class Tracking(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        self[k] = len(self.log)
        return self[k]
tk = Tracking()
tk["x"] = 10
tk["y"]
tk["z"]
tk.setdefault("w", 0)   # does not call __setitem__
print(tk, tk.log)

# Hashing: dict subclasses are unhashable by default
try:
    hash(Tally())
except TypeError as e:
    print("TypeError:", e)
