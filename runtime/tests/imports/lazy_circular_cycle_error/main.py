# expected: by hand
"""Re-entering the resolution of a lazy import that is still being resolved raises
ImportCycleError (an ImportError) instead of crashing or recursing.

cyc_self.py, while it is being loaded by the reification of main's
`cyc_self`, reads `__main__.cyc_self`, which is that same unresolved proxy.
"""
import sys

lazy import cyc_self

# test_lazy_import: test_circular_lazy_import_does_not_crash_for_gh_144727
try:
    cyc_self
except ImportError as e:
    print(type(e).__name__)
    print(isinstance(e, ImportError))
    print(e)
    print(type(e.__cause__).__name__, "|", e.__cause__)
# the failed module is not left in sys.modules
print("cyc_self" in sys.modules)
