# expected: by hand
"""importlib.reload on a lazily imported module: passing the name to reload
uses it, so the proxy is reified first; reload then runs the module again in
the same module object."""
import importlib
import sys

lazy import rl_mod

# PEP 810 §Reification: nothing is loaded before the name is used.
print("rl_mod" in sys.modules)
# PEP 810 §Reification: evaluating the argument is a use of the name (the
# first load), then importlib.reload runs the module a second time
# (test_lazy_import: MixedLazyEagerImportTests, reload).
again = importlib.reload(rl_mod)
print(again is rl_mod, type(globals()["rl_mod"]).__name__, rl_mod.COUNT)
