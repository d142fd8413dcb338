# expected: by hand
"""Lazy and eager imports of the same module give the same module object."""
import sys

import mix_a
lazy import mix_a as lazy_a

# test_lazy_import: test_eager_import_before_lazy_resolves_to_same_module
print(lazy_a is mix_a)

lazy from mix_a import VALUE

# test_lazy_import: test_lazy_import_pkg_cross_import (a name already in a loaded module is bound directly)
print(type(globals()["VALUE"]).__name__)

lazy import mix_b as lazy_b
print("mix_b" in sys.modules)
import mix_b

# PEP 810 §Reification: a later eager import of the module does not reify the lazy binding
print(type(globals()["lazy_b"]).__name__)
# test_lazy_import: test_lazy_import_before_eager_resolves_to_same_module
print(lazy_b is mix_b)
