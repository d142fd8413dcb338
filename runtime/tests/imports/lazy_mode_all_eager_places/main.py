# expected: by hand
# argv: -X lazy_imports=all main.py
"""Under -X lazy_imports=all, imports that cannot be lazy stay eager.

Functions, class bodies, try statements, star imports, exec() inside a
function or class, and the __import__() / importlib.import_module() calls
all import at once; module-level plain imports (also inside `if`) are lazy.
"""
import sys


def load_in_function():
    import ep_func
    return type(ep_func).__name__


# test_lazy_import: test_try_except_eager
try:
    import ep_try
except ImportError:
    pass
# test_lazy_import: test_try_except_eager_from
try:
    from ep_try_from import TRY_VALUE
except ImportError:
    pass
# PEP 810 §Global lazy imports control: star imports stay eager
from ep_star import *


# class bodies are not module level
class Box:
    import ep_class


def exec_in_function():
    exec("import ep_exec_func")


# test_lazy_import: test_exec_import_class
class ExecBox:
    exec("import ep_exec_class")


if True:
    import ep_if
import ep_plain

print("module body done")
print("ep_try" in sys.modules, "ep_try_from" in sys.modules, type(globals()["TRY_VALUE"]).__name__)
print("ep_star" in sys.modules, STAR_VALUE)
print("ep_class" in sys.modules, "ep_exec_class" in sys.modules)
# PEP 810 §Global lazy imports control: module-level imports, also inside `if`, are lazy
print("ep_if" in sys.modules, "ep_plain" in sys.modules)
# test_lazy_import: test_eager_import_func
print(load_in_function())
# test_lazy_import: test_exec_import_func
exec_in_function()
print("ep_exec_func" in sys.modules)
# PEP 810 §Backwards Compatibility: __import__() and importlib.import_module() stay eager
dunder = __import__("ep_dunder")
print("ep_dunder" in sys.modules)
import importlib
by_importlib = importlib.import_module("ep_importlib")
print("ep_importlib" in sys.modules)
