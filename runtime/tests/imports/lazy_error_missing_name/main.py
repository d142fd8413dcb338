# expected: by hand
"""`lazy from m import nope`: m loads at first use, then the missing name fails with a cause."""
import sys

lazy from mn_mod import nope

# test_lazy_import: test_attribute_error_on_from_import_shows_chained_traceback
try:
    nope
except ImportError as e:
    print(type(e).__name__)
    # The message ends with the module's file in parentheses; print the part before it.
    print(str(e).split(" (")[0])
    print(type(e.__cause__).__name__, "|", e.__cause__)
# PEP 810 §Reification: the module itself was imported; the binding stays a proxy
print("mn_mod" in sys.modules)
print(type(globals()["nope"]).__name__)
