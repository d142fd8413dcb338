# __enter__/__exit__: context manager protocol details.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"resource<{self.name}>"
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name}: type={exc_type.__name__ if exc_type else None} "
              f"value={exc!r} tb_is_none={tb is None}")
        return self.suppress

with CM("a") as r:
    print("  body with", r)
print("after a")

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b: exception was suppressed")

try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught KeyError:", e)

# __exit__ returning truthy (non-bool) also suppresses
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return "yes"
with Truthy("t"):
    1 / 0
print("after truthy suppression")

# __enter__ return value may be self
class File:
    def __init__(self):
        self.lines = []
        self.closed = False
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.closed = True
    def write(self, s):
        if self.closed:
            raise ValueError("I/O on closed file")
        self.lines.append(s)
with File() as f:
    f.write("one")
    f.write("two")
print(f.lines, f.closed)
try:
    f.write("three")
except ValueError as e:
    print("ValueError:", e)

# Exception inside __enter__: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  never called")
try:
    with BadEnter():
        print("  never runs")
except RuntimeError as e:
    print("RuntimeError:", e)

# Exception in __exit__ replaces the original
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

# Missing __exit__ or __enter__
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

# return/break/continue inside with still call __exit__
def returns():
    with CM("ret"):
        return "returned value"
print(returns())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done, i =", i)

# Suppressing selectively by exception type
class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)
with Ignore(KeyError, IndexError) as ig:
    [][0]
print("ignored:", repr(ig.caught))
try:
    with Ignore(KeyError):
        int("x")
except ValueError as e:
    print("not ignored ValueError:", e)

# Enter/exit methods looked up on the type, not the instance
class Special:
    def __enter__(self):
        return "class enter"
    def __exit__(self, *a):
        return False
s = Special()
s.__enter__ = lambda: "instance enter"
with s as v:
    print(v)
