# expected: by hand
"""A module that raises while it is imported lazily: its own exception propagates with a cause,
and each later use runs the module again.
"""
import sys

lazy import broken

# test_lazy_import: test_error_during_module_execution_propagates
try:
    broken
except ValueError as e:
    print(type(e).__name__, "|", e)
    print(type(e.__cause__).__name__, "|", e.__cause__)
print("broken" in sys.modules)
# test_lazy_import: test_reification_retries_on_failure
print(type(globals()["broken"]).__name__)
try:
    broken
except ValueError as e:
    print("retry:", e)
