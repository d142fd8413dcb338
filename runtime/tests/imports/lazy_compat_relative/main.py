# expected: by hand
"""__lazy_modules__ with relative imports: the resolved, fully qualified name is checked.

cpkg/user.py lists "cpkg.helper", "cpkg" and "short". `from .helper import`
resolves to cpkg.helper and `from . import` to cpkg, so both are lazy;
`from .short import` resolves to cpkg.short, which "short" does not name, so
it is eager.
"""
import sys

import cpkg.user

# test_lazy_import: test_compatibility_mode_relative
print("cpkg.helper" in sys.modules, "cpkg.other" in sys.modules, "cpkg.short" in sys.modules)
d = cpkg.user.__dict__
print(type(d["VALUE"]).__name__, type(d["other"]).__name__, type(d["X"]).__name__)
print(cpkg.user.get_value())
print(cpkg.user.other.NAME)
