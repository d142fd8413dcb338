# expected: by hand
# argv: -X lazy_imports=normal main.py
# env: PYTHON_LAZY_IMPORTS=all
"""-X lazy_imports takes precedence over PYTHON_LAZY_IMPORTS."""
import sys
import cb_mod

# test_lazy_import: test_cli_overrides_env_var
print(sys.get_lazy_imports())
print("cb_mod" in sys.modules)
# test_lazy_import: test_cli_lazy_imports_normal_respects_lazy_keyword_only
lazy import cb_lazy
print("cb_lazy" in sys.modules)
