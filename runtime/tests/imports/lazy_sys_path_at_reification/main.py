# expected: by hand
"""Reification uses sys.path as it is when the name is used, not when the statement ran."""
import sys

lazy import late_mod

# test_lazy_import: test_sys_path_at_reification_time_is_used
try:
    late_mod
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, "extra")
print(late_mod.VALUE)
print(type(globals()["late_mod"]).__name__)
