# Basic context managers written as classes and via generators (no contextlib).

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
        self.is_open = False
    def __enter__(self):
        self.is_open = True
        Resource.opened.append(self.name)
        print(f"  open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.is_open = False
        Resource.opened.remove(self.name)
        print(f"  close {self.name}")
        return False
    def read(self):
        if not self.is_open:
            raise ValueError(f"{self.name} is closed")
        return f"data from {self.name}"

with Resource("db") as r:
    print(r.read(), Resource.opened)
print(r.is_open, Resource.opened)
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)

# The 'as' target can be any assignment target
holder = {}
with Resource("cache") as holder["res"]:
    print(holder["res"].name)

class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return None
with Pair() as (a, b):
    print("unpacked:", a, b)

class Obj:
    pass
o = Obj()
with Resource("attr") as o.res:
    print("assigned to attribute:", o.res.name)

# Without 'as'
with Resource("anon"):
    print("  inside anonymous with")

# A hand-written generator-based context manager helper
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")

def contextmanager(fn):
    def helper(*a, **k):
        return GenCM(fn(*a, **k))
    return helper

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("html") as t1:
    with tag("body") as t2:
        print("  content", t1, t2)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("  swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["missing"]
print("continued after swallow")
try:
    with swallow(KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("ValueError escaped:", e)

# Temporarily changing state
class Settings:
    level = "normal"
@contextmanager
def temp_level(lvl):
    old = Settings.level
    Settings.level = lvl
    try:
        yield old
    finally:
        Settings.level = old

print(Settings.level)
with temp_level("debug") as previous:
    print(Settings.level, "previous was", previous)
print(Settings.level)
try:
    with temp_level("panic"):
        print(Settings.level)
        raise RuntimeError("fail inside")
except RuntimeError as e:
    print("RuntimeError:", e, "| restored:", Settings.level)

# with statement returns value from function with __exit__ run first
def compute():
    with Resource("calc") as r:
        return r.read()
print(compute())
