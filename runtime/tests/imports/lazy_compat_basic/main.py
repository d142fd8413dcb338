# expected: by hand
"""__lazy_modules__ makes the plain imports it names lazy, as if `lazy` were written."""
__lazy_modules__ = ["cm_a", "cm_from"]

import sys

# test_lazy_import: test_compatibility_mode (a listed module is imported lazily)
import cm_a
# PEP 810 §Semantics: a module that is not listed stays eager
import cm_b
# test_lazy_import: LazyModulesCompatibilityFromImportTests (from-imports of a listed module are lazy)
from cm_from import VALUE, other
print("cm_a" in sys.modules, "cm_b" in sys.modules, "cm_from" in sys.modules)
print(type(globals()["cm_a"]).__name__, type(globals()["VALUE"]).__name__)
# test_lazy_import: test_compatibility_mode_used
print(cm_a.NAME)
print(VALUE)
# PEP 810 §Reification: only the used name of the from-import is reified
print(type(globals()["other"]).__name__)

# PEP 810 §Semantics: __lazy_modules__ is checked on each import statement
import cm_before
__lazy_modules__.append("cm_after")
import cm_after
print("cm_before" in sys.modules, "cm_after" in sys.modules)
print(type(globals()["cm_after"]).__name__)
