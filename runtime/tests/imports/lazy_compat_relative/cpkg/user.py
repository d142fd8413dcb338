"""Uses __lazy_modules__ with relative from-imports."""
print("loading cpkg.user")
__lazy_modules__ = ["cpkg.helper", "cpkg", "short"]

# PEP 810 §Semantics / language reference: relative imports are resolved before the lookup
from .helper import VALUE
# the relevant name of a from-import is the module after `from` (here the package cpkg)
from . import other
# "short" is not the fully qualified name cpkg.short, so this import is eager
from .short import X


def get_value():
    return VALUE
