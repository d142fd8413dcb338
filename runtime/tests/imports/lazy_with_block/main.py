# expected: by hand
"""Lazy imports inside a module-level `with` block are allowed and stay lazy."""
import sys


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc_info):
        print("exit")
        return False


# test_lazy_import: test_lazy_with / test_lazy_with_from (WithStatementTests)
with Ctx():
    lazy import wb_mod
    lazy from wb_from import VALUE
print("wb_mod" in sys.modules, "wb_from" in sys.modules)
print(type(globals()["wb_mod"]).__name__, type(globals()["VALUE"]).__name__)
print(wb_mod.NAME)
print(VALUE)
