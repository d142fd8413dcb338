"""`import a.b.c` runs a, a.b and a.b.c in that order, binds only the name `a`
in the importer, and binds each submodule as an attribute of its parent."""
import sys

print("before import")
import a.b.c
print("after import")
print(sorted(n for n in globals() if not n.startswith("__")))
print(a.__name__, a.b.__name__, a.b.c.__name__)
print(a.b.c.VALUE)
print(a is sys.modules["a"], a.b is sys.modules["a.b"], a.b.c is sys.modules["a.b.c"])
print("b" in dir(a), "c" in dir(a.b))

# importing again, or a prefix of it, runs nothing
import a
import a.b
import a.b.c
print(a.b.c.VALUE)

# importing a package does not import its other submodules
print(hasattr(a, "other"), "a.other" in sys.modules)
import a.other
print(hasattr(a, "other"), a.other.NAME)
print(sorted(n for n in globals() if not n.startswith("__")))
