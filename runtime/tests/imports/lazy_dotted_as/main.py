# expected: by hand
"""`lazy import a.b as c` binds only `c`, and reifying it gives the submodule a.b."""
import sys

lazy import apkg.inner as inner

# PEP 810 §Grammar: `lazy import a.b as c` binds only the alias
print("apkg" in globals(), type(globals()["inner"]).__name__)
print("apkg" in sys.modules, "apkg.inner" in sys.modules)
# PEP 810 §Reification: reifying the alias imports a.b and binds the submodule itself
print(inner.NAME)
print(inner.__name__, type(globals()["inner"]).__name__)
print(inner is sys.modules["apkg.inner"])
print("apkg" in globals())
