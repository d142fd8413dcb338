# expected: by hand
"""sys.lazy_modules holds the name of a lazily imported module until it is reified.

Only membership of a top-level module name is checked: the container's exact
shape changed during 3.15 (a dict in the alphas, a set in the release).
"""
import sys

lazy import lm_mod

# PEP 810 §Lazy import mechanism: the module name is added to sys.lazy_modules
print("lm_mod" in sys.lazy_modules)
print(lm_mod.NAME)
# PEP 810 §Reification: the name is removed when the module is first reified
print("lm_mod" in sys.lazy_modules)
