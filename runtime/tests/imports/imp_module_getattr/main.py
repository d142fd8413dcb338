"""PEP 562: a module-level __getattr__ is called only for names the module
does not define, including by `from m import name` and getattr with a default;
a module-level __dir__ is what dir(m) lists (sorted)."""
import os

import lazymod

print(lazymod.REAL)
print(lazymod.lazy_one)
from lazymod import lazy_two
print(lazy_two)
from lazymod import lazy_three as third, REAL
print(third, REAL)
print(getattr(lazymod, "lazy_four", "default"))
print(getattr(lazymod, "missing", "default"))
print(hasattr(lazymod, "missing"), hasattr(lazymod, "lazy_five"))
print(dir(lazymod))

try:
    lazymod.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)

try:
    from lazymod import missing
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(os.getcwd() + "/", ""))
    print("name:", e.name, "| path:", os.path.basename(e.path))

# a name assigned later is found normally and no longer reaches __getattr__
lazymod.lazy_one = "assigned"
print(lazymod.lazy_one)
