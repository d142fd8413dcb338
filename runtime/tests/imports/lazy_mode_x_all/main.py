# expected: by hand
# argv: -X lazy_imports=all main.py
"""-X lazy_imports=all makes every module-level import lazy, in every module."""
import sys
import xa_mod
from xa_from import VALUE
import xa_outer

# PEP 810 §Global lazy imports control: -X lazy_imports=all sets the mode
print(sys.get_lazy_imports())
# test_lazy_import: test_cli_lazy_imports_all_makes_regular_imports_lazy
print("xa_mod" in sys.modules, "xa_from" in sys.modules, "xa_outer" in sys.modules)
print(type(globals()["xa_mod"]).__name__)
print(xa_mod.NAME)
print(VALUE)
# PEP 810 §Global lazy imports control: the mode applies to the imports of every module
print(xa_outer.inner_state)
print("xa_inner" in sys.modules)
