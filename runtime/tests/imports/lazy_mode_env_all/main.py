# expected: by hand
# env: PYTHON_LAZY_IMPORTS=all
"""PYTHON_LAZY_IMPORTS=all makes module-level plain imports lazy."""
import sys
import ea_mod

# PEP 810 §Global lazy imports control: the environment variable sets the mode
print(sys.get_lazy_imports())
# test_lazy_import: test_env_var_lazy_imports_all_enables_global_lazy
print("ea_mod" in sys.modules)
print(ea_mod.NAME)
