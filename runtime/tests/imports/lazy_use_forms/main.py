# expected: by hand
"""Any load of a lazily bound name reifies it, not only attribute access.

A plain assignment, passing the name to a function, a comparison and a load
inside a function (LOAD_GLOBAL) each load the module at that point.
"""
import sys

lazy import uf_assign
lazy import uf_call
lazy import uf_compare
lazy import uf_function
print("bound four lazy imports")

# PEP 810 §Reification: a bare name load (x = mod) reifies without any attribute access
alias = uf_assign
print(type(alias).__name__, alias is sys.modules["uf_assign"])
# PEP 810 §Reification: the loaded name itself is rebound to the module
print(type(globals()["uf_assign"]).__name__)
# PEP 810 §Reification: passing the name as an argument reifies it
print(type(uf_call).__name__)
# PEP 810 §Reification: the left operand is reified before the right one is evaluated
print(uf_compare is sys.modules.get("uf_compare"))


def read_name():
    return uf_function.NAME


# PEP 810 §Bytecode and adaptive specialization: LOAD_GLOBAL in a function reifies too
print("uf_function" in sys.modules)
print(read_name())
print(type(globals()["uf_function"]).__name__)
