# expected: by hand
# argv: -X lazy_imports=all main.py
"""sys.set_lazy_imports() takes precedence over -X lazy_imports."""
import sys
import sb_before

print(sys.get_lazy_imports())
print("sb_before" in sys.modules)
# test_lazy_import: test_sys_set_lazy_imports_overrides_cli
sys.set_lazy_imports("normal")
print(sys.get_lazy_imports())
import sb_after
print("sb_after" in sys.modules)
