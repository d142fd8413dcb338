# expected: by hand
"""sys.set_lazy_imports("all") makes later plain imports lazy; "normal" makes them eager again."""
import sys

# test_lazy_import: test_global_on
sys.set_lazy_imports("all")
import ga_mod as ga
from ga_from import VALUE
print(sys.get_lazy_imports())
print("ga_mod" in sys.modules, "ga_from" in sys.modules)
print(type(globals()["ga"]).__name__, repr(globals()["VALUE"]))
print(ga.NAME)
print(VALUE)
# PEP 810 §Global lazy imports control: back to "normal", plain imports are eager, `lazy` is still lazy
sys.set_lazy_imports("normal")
import gn_mod
lazy import gl_mod
print("gn_mod" in sys.modules, "gl_mod" in sys.modules)
