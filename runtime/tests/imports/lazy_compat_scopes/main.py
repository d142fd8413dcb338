# expected: by hand
"""__lazy_modules__ only affects module-level imports outside try statements.

Imports in functions, class bodies, any part of a try statement and code
run by exec() inside a function or class stay eager even when listed.
"""
__lazy_modules__ = ["cs_func", "cs_class", "cs_try", "cs_except", "cs_finally",
                    "cs_exec_func", "cs_exec_class", "cs_module"]

import sys


def load_in_function():
    import cs_func
    return type(cs_func).__name__


# PEP 810 §Syntax restrictions: class bodies are not module level
class Holder:
    import cs_class


# test_lazy_import: test_compatibility_mode_try_except
try:
    import cs_try
except ImportError:
    pass

try:
    raise KeyError("enter the handler")
except KeyError:
    import cs_except

try:
    pass
finally:
    import cs_finally


def exec_in_function():
    exec("import cs_exec_func")


# test_lazy_import: test_exec_import_class_with_lazy_modules
class ExecHolder:
    exec("import cs_exec_class")


import cs_module

print("module body done")
print("cs_class" in sys.modules, "cs_try" in sys.modules, "cs_except" in sys.modules,
      "cs_finally" in sys.modules, "cs_exec_class" in sys.modules)
# test_lazy_import: test_compatibility_mode_func
print("cs_func" in sys.modules)
print(load_in_function())
# test_lazy_import: test_exec_import_func_with_lazy_modules
exec_in_function()
print("cs_exec_func" in sys.modules)
# a listed module-level import is still lazy
print("cs_module" in sys.modules, type(globals()["cs_module"]).__name__)
