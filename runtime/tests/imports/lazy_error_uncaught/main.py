# expected: by hand
"""An uncaught reification error ends the program with the original exception.

The traceback chains the cause ("lazy import of 'nope_missing' raised an
exception during resolution") above it, so the last stderr line is the
ModuleNotFoundError itself.
"""
# PEP 810 §Reification: the error is raised at first use, not at the statement
lazy import nope_missing
print("before first use")
nope_missing.anything
print("not reached")
