# expected: by hand
"""`lazy import a.b.c` binds `a`; reifying it imports the whole chain.

Also covers test_lazy_import_pkg: a second `lazy import pkg.bar` rebinds the
already loaded package name to a new proxy that loads pkg.bar on use.
"""
import sys

lazy import dpkg.mid.leaf

# PEP 810 §Reification: `lazy import a.b.c` binds only the top-level name, as `import` does
print("dpkg" in globals(), "mid" in globals(), "leaf" in globals())
print(type(globals()["dpkg"]).__name__)
# lazyimportobject.c lazy_import_repr: the proxy names the full dotted module
print(repr(globals()["dpkg"]))
print("dpkg" in sys.modules, "dpkg.mid" in sys.modules, "dpkg.mid.leaf" in sys.modules)
# PEP 810 §Reification: reifying `dpkg` imports dpkg, dpkg.mid and dpkg.mid.leaf and binds the package
print(dpkg.mid.leaf.NAME)
print(type(globals()["dpkg"]).__name__, dpkg.__name__)
print("dpkg.mid.leaf" in sys.modules)

# test_lazy_import: test_lazy_import_pkg (a lazy import of a package submodule loads it on use)
lazy import dpkg.bar
print(type(globals()["dpkg"]).__name__)
print("dpkg.bar" in sys.modules)
x = dpkg.bar.f
print(x())
print("dpkg.bar" in sys.modules)
