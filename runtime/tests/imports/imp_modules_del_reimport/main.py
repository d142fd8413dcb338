"""Deleting a module from sys.modules makes the next import run it again and
create a new module object; the old object keeps working. For a submodule,
the new object is bound on the parent package."""
import sys

import state
import mod
old = mod
print(mod.VALUE, state.RUNS)

import mod
print(mod is old, state.RUNS)

del sys.modules["mod"]
print("mod" in sys.modules)
import mod
print(mod is old, state.RUNS, mod.VALUE)
print(old.VALUE, old.describe())
print(mod.describe())

import pkg.sub
first = pkg.sub
del sys.modules["pkg.sub"]
import pkg.sub
print(pkg.sub is first, pkg.sub is sys.modules["pkg.sub"], state.RUNS)

# pkg still has the attribute `sub`, so the from-import takes it and runs nothing
del sys.modules["pkg.sub"]
from pkg import sub
print(sub is pkg.sub, sub is first, state.RUNS, "pkg.sub" in sys.modules)
