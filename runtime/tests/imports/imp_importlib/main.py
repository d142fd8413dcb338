"""importlib.import_module returns the named module itself (not the top
package), binds no names, binds submodules on their parents, and resolves
relative names against the `package` argument; a relative name without a
package is a TypeError."""
import importlib
import sys

m = importlib.import_module("a.b")
print(m.__name__, m is sys.modules["a.b"], "a" in sys.modules)
print("a" in globals(), hasattr(sys.modules["a"], "b"))

print(importlib.import_module(".b", "a") is m)
print(importlib.import_module("..c", "a.b").__name__)
print(importlib.import_module(".b.deep", package="a").__name__)
print(importlib.import_module("a") is sys.modules["a"])

try:
    importlib.import_module(".b")
except TypeError as e:
    print(type(e).__name__ + ":", e)

try:
    importlib.import_module("a.nope")
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)

try:
    importlib.import_module("...x", "a")
except ImportError as e:
    print(type(e).__name__ + ":", e)
