# expected: by hand
"""Importing a module whose lazy import is misplaced raises SyntaxError at that import;
the bad module never runs and is not left in sys.modules.
"""
import sys

# test_lazy_import: test_lazy_try_except
try:
    import bad_try
except SyntaxError as e:
    print("bad_try:", e.msg, "| line", e.lineno)
# test_lazy_import: test_lazy_import_inside_class_raises_syntax_error
try:
    import bad_class
except SyntaxError as e:
    print("bad_class:", e.msg, "| line", e.lineno)
# test_lazy_import: test_lazy_import_func (from-import form)
try:
    import bad_func
except SyntaxError as e:
    print("bad_func:", e.msg, "| line", e.lineno)
# test_lazy_import: test_lazy_try_except_from_star
try:
    import bad_star
except SyntaxError as e:
    print("bad_star:", e.msg, "| line", e.lineno)
print("bad_try" in sys.modules, "bad_class" in sys.modules,
      "bad_func" in sys.modules, "bad_star" in sys.modules)
