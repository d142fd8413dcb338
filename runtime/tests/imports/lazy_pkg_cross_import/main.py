# expected: by hand
"""`lazy from . import b, x` inside a loaded package binds the existing `x` directly
and leaves the submodule `b` lazy.
"""
import sys

import xpkg.c

# test_lazy_import: test_lazy_import_pkg_cross_import
print("xpkg" in sys.modules, "xpkg.c" in sys.modules, "xpkg.b" in sys.modules)
g = xpkg.c.get_globals()
print(type(g["x"]).__name__, type(g["b"]).__name__)
# PEP 810 §Reification: module attribute access reifies the submodule
print(xpkg.c.b.__name__)
print("xpkg.b" in sys.modules)
