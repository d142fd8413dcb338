"""`__import__`: without a fromlist it returns the top-level package; with a
fromlist it returns the named module itself and imports fromlist entries that
are submodules (ignoring ones that do not exist); it binds no names; level > 0
imports relative to the given globals' __package__; '' is a ValueError."""
import sys

top = __import__("a.b")
print(top.__name__, top is sys.modules["a"], top.b.__name__)
print("a" in globals(), "b" in globals())

leaf = __import__("a.b", fromlist=["x"])
print(leaf.__name__, leaf is sys.modules["a.b"])

m = __import__("a.b", globals(), locals(), ["c", "VALUE"], 0)
print(m.__name__, "a.b.c" in sys.modules, m.c is sys.modules["a.b.c"])

m2 = __import__("a", fromlist=["nosuch"])
print(m2.__name__, hasattr(m2, "nosuch"), "a.nosuch" in sys.modules)

rel = __import__("b", {"__name__": "a.x", "__package__": "a"}, None, ["VALUE"], 1)
print(rel.__name__)
# relative, no fromlist: the module named by the first relative component
rel_top = __import__("b.c", {"__name__": "a.x", "__package__": "a"}, None, [], 1)
print(rel_top.__name__)

try:
    __import__("nope.sub")
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)

try:
    __import__("")
except ValueError as e:
    print(type(e).__name__ + ":", e)
