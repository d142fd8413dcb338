# expected: by hand
"""Relative lazy imports inside a package: `lazy from . import m`, `lazy from .m import x`
and `lazy from ..m import x`.
"""
import sys

from rpkg import relative_lazy
from rpkg.sub import up

# test_lazy_import: RelativeImportTests (importing the package modules loads nothing lazy)
print("rpkg.basic2" in sys.modules)
# lazyimportobject.c lazy_import_repr: relative names are resolved to absolute ones
print(repr(relative_lazy.__dict__["basic2"]))
print(repr(relative_lazy.__dict__["x"]))
print(repr(up.__dict__["parent_x"]))
# test_lazy_import: test_relative_lazy_from_import
print(relative_lazy.get_x())
print("rpkg.basic2" in sys.modules)
# test_lazy_import: test_relative_lazy_import
print(relative_lazy.get_basic2().__name__)
# PEP 810 §Grammar: `lazy from ..m import name` from a subpackage
print(up.get_parent_x())
