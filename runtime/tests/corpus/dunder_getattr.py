# __getattr__ as a fallback and __getattribute__ interception.

class Fallback:
    cls_attr = "class attribute"
    def __init__(self):
        self.real = "real attribute"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r} (custom)")

f = Fallback()
print(f.real)          # found normally, no __getattr__
print(f.cls_attr)      # class attribute, no __getattr__
print(f.dyn_hello)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "dyn_x"), hasattr(f, "nope"))
print(getattr(f, "nope", "default"))

# __getattr__ is not used for dunder lookups by operators
try:
    len(f)
except TypeError as e:
    print("TypeError:", e)

# Delegation / proxy pattern
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ intercepts everything
class Loud:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return super().__getattribute__(name)
    def method(self):
        return self.x + 1

lo = Loud()
print(lo.x)
print(lo.method())
try:
    lo.nope
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
    visible = "visible value"
b = Both()
print(b.visible, b.hidden, b.other)

# Attribute defaults via __getattr__ with a dict
class Config:
    defaults = {"host": "localhost", "port": 8080}
    def __init__(self, **overrides):
        self.__dict__.update(overrides)
    def __getattr__(self, name):
        try:
            return Config.defaults[name]
        except KeyError:
            raise AttributeError(name) from None
c = Config(port=9000)
print(c.host, c.port, vars(c))
try:
    c.user
except AttributeError as e:
    print("AttributeError:", e, repr(e.args))

# __getattr__ and properties raising AttributeError
class PropFallback:
    @property
    def prop(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
print(PropFallback().prop)

# Infinite recursion guard: __getattr__ accessing missing self attribute
class Careful:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError("data not set yet")
        return self.data.get(name, "none")
cf = Careful()
try:
    cf.anything
except AttributeError as e:
    print("AttributeError:", e)
cf.data = {"k": "v"}
print(cf.k, cf.z)

# Attribute-style dict
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad.a, ad.b, ad, ad.keys() == {"a", "b"})
try:
    ad.c
except AttributeError as e:
    print("AttributeError:", e)
