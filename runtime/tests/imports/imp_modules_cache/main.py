"""sys.modules caches modules: every way of importing a module gives the same
object and the module body runs once. While a module runs it is already in
sys.modules, and a submodule is bound on its parent only after it finishes."""
import importlib
import sys

import counted
import counted as again
from counted import VALUE
print(counted is again, counted is sys.modules["counted"], VALUE)
print(__import__("counted") is counted, importlib.import_module("counted") is counted)

import user_a
import user_b
print(user_a.counted is counted, user_b.counted is counted)
print("runs:", counted.RUNS)

import pkg.child
print(pkg.child.SEEN)
print(pkg.child is sys.modules["pkg.child"], pkg.child.__name__)
