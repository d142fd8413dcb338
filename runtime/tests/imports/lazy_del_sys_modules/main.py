# expected: by hand
"""Deleting a reified module from sys.modules: bound names keep working and the
next import loads a fresh module.
"""
import sys

lazy from rd_mod import get_token

print("rd_mod" in sys.modules)
# test_lazy_import: test_reimport_after_deleting_sys_modules_entry_creates_new_module
print(get_token())
first = sys.modules["rd_mod"]
del sys.modules["rd_mod"]
print("rd_mod" in sys.modules)
print(get_token())
import rd_mod as second
print(second is first, second is sys.modules["rd_mod"])
# PEP 810 §Reification: reification goes through the import state of the moment (sys.modules)
lazy import rd_mod as third
print(third is second)
