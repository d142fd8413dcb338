"""Objects put into sys.modules by hand are what `import` returns: any object
(not only modules), a real module under a second name (not run again), a
fake submodule reached with `from pkg import name`; a None entry makes the
import fail with ModuleNotFoundError."""
import sys


class Fake:
    ANSWER = 42

    def hello(self):
        return "hello from a fake module"


fake = Fake()
sys.modules["fakemod"] = fake
import fakemod
print(fakemod is fake, type(fakemod).__name__)
from fakemod import ANSWER, hello
print(ANSWER, hello())
import fakemod as fm
print(fm is fake)

import real
sys.modules["alias"] = real
import alias
print(alias is real, alias.__name__)

import pkg
sys.modules["pkg.virtual"] = Fake()
from pkg import virtual
print(type(virtual).__name__, virtual.ANSWER)
import pkg.virtual
print(hasattr(pkg, "virtual"))
print(pkg.virtual is sys.modules["pkg.virtual"] if hasattr(pkg, "virtual") else "not bound on pkg")

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)
try:
    from blocked import anything
except ImportError as e:
    print(type(e).__name__ + ":", e)
