# expected: by hand
"""`lazy from m import a, b`: using one name loads m but reifies only that name."""
import sys

lazy from mf_mod import f, x

# test_lazy_import: test_accessing_one_name_leaves_others_as_proxies
print("mf_mod" in sys.modules)
print(type(globals()["f"]).__name__, type(globals()["x"]).__name__)
value = x
print(value)
print("mf_mod" in sys.modules)
print(type(globals()["x"]).__name__, type(globals()["f"]).__name__)
# test_lazy_import: test_all_names_reified_after_all_accessed
func = f
print(callable(globals()["f"]), type(globals()["f"]).__name__)
print(func())
