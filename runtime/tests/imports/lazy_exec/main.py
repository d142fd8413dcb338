# expected: by hand
"""`lazy import` run through exec(): lazy at module level, a SyntaxError at run time
where the locals are not the globals (in a function or a class body).
"""
import sys

# test_lazy_import: test_lazy_import_exec_at_module_level
exec("lazy import ex_mod")
print("ex_mod" in sys.modules, type(globals()["ex_mod"]).__name__)
print(ex_mod.NAME)


def exec_in_function():
    exec("lazy import ex_func")


# test_lazy_import: test_lazy_import_exec_in_function ("only allowed at module level")
try:
    exec_in_function()
except SyntaxError as e:
    print(type(e).__name__, "only allowed at module level" in str(e))
print("ex_func" in sys.modules)

# test_lazy_import: test_lazy_import_exec_in_class
try:
    class Holder:
        exec("lazy import ex_class")
except SyntaxError as e:
    print(type(e).__name__, "only allowed at module level" in str(e))
print("ex_class" in sys.modules)
