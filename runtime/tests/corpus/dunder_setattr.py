# __setattr__ and __delattr__ hooks.

class Logged:
    def __init__(self, x):
        self.x = x                    # goes through __setattr__
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)

l = Logged(1)
l.y = 2
l.x += 10
print(vars(l))
del l.y
print(vars(l))
try:
    del l.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
setattr(l, "z", 3)
delattr(l, "z")
print(vars(l))

# Immutable object: block assignment after init
class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
    def __repr__(self):
        return f"Frozen(a={self.a!r}, b={self.b!r})"

fz = Frozen(1, [2])
print(fz)
for action in ["set", "del", "new"]:
    try:
        if action == "set":
            fz.a = 5
        elif action == "del":
            del fz.b
        else:
            fz.c = 0
    except AttributeError as e:
        print("AttributeError:", e)
fz.b.append(3)   # interior mutability still possible
print(fz)

# Validation in __setattr__
class Typed:
    types = {"name": str, "age": int}
    def __setattr__(self, name, value):
        expected = self.types.get(name)
        if expected is None:
            raise AttributeError(f"unknown field {name!r}")
        if not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
        self.__dict__[name] = value

t = Typed()
t.name = "Ann"
t.age = 30
print(vars(t))
for name, val in [("age", "old"), ("email", "x@y"), ("name", 5)]:
    try:
        setattr(t, name, val)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# Tracking changes
class Tracked:
    def __init__(self):
        object.__setattr__(self, "_changes", [])
    def __setattr__(self, name, value):
        old = self.__dict__.get(name, "<unset>")
        self._changes.append((name, old, value))
        object.__setattr__(self, name, value)
tr = Tracked()
tr.a = 1
tr.a = 2
tr.b = "x"
print(tr._changes)

# __setattr__ is bypassed by writing to __dict__ directly
l.__dict__["quiet"] = True
print(l.quiet)

# Class attribute assignment doesn't go through instance __setattr__
Logged.shared = "class level"
print(l.shared)

# __setattr__ interacts with properties: super().__setattr__ invokes the property setter
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("  property setter", val)
        self._v = val * 2
    def __setattr__(self, name, value):
        print("  __setattr__", name)
        super().__setattr__(name, value)
wp = WithProp()
wp.v = 5
print(wp.v)

# __delattr__ that resets instead of deleting
class Resettable:
    defaults = {"level": 1, "mode": "normal"}
    def __init__(self):
        self.__dict__.update(self.defaults)
    def __delattr__(self, name):
        if name in self.defaults:
            self.__dict__[name] = self.defaults[name]
        else:
            super().__delattr__(name)
r = Resettable()
r.level = 9
r.extra = True
del r.level
del r.extra
print(vars(r))

# setattr with non-string name
try:
    setattr(l, 5, "x")
except TypeError as e:
    print("TypeError:", e)

# Setting attributes on builtin instances fails
for obj in [1, "s", [], object()]:
    try:
        obj.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
