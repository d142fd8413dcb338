# expected: by hand
"""`lazy from m import name` goes through the module's __getattr__ (PEP 562) when it reifies."""
import sys

lazy from modg import dynamic_attr

# test_lazy_import: test_from_import_with_module_getattr
print("modg" in sys.modules)
print(dynamic_attr)

import modg2 as mod
lazy from modg2 import dynamic_attr as second

# test_lazy_import: test_from_import_with_imported_module_getattr
print(second)
print(mod.dynamic_attr)
# PEP 810 §Reification: reification rebinds the importer's name, not the source module's
print("dynamic_attr" in mod.__dict__)

import gpkg as pkg
lazy from gpkg import dynamic_attr as third

# test_lazy_import: test_package_from_import_with_module_getattr
print(third)
print(pkg.dynamic_attr)
