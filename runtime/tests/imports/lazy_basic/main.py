# expected: by hand
"""A plain `lazy import` binds a proxy and loads the module on first use.

Checks that the module is absent from sys.modules until the name is used,
that globals() and dir() do not load it, that the first use loads it and
rebinds the name to the real module, and that a lazy import which is never
used never runs its module.
"""
import sys

lazy import basic_mod
lazy import never_used
print("after the lazy import statements")

# PEP 810 §Lazy import mechanism: a lazily imported module is not in sys.modules before first use
# test_lazy_import: test_basic_unused
print("basic_mod" in sys.modules)
# PEP 810 §Reification: globals() does not reify; the name holds a lazy_import proxy
print("basic_mod" in globals(), type(globals()["basic_mod"]).__name__)
# test_lazy_import: test_basic_dir (dir() at module scope does not reify)
print("basic_mod" in dir(), "basic_mod" in sys.modules)
# PEP 810 §Semantics: the first use of the name loads the module
print(basic_mod.NAME)
print("basic_mod" in sys.modules)
# PEP 810 §Reification: the namespace entry is replaced by the real module
print(type(globals()["basic_mod"]).__name__)
print(basic_mod is sys.modules["basic_mod"])
# test_lazy_import: test_basic_unused (a lazy import that is never used never loads)
print("never_used" in sys.modules)
