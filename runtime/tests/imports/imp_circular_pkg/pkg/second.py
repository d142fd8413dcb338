"""Imports its sibling `first`, which is still running."""
print("second: start")
import pkg

SAW_FIRST_BOUND_ON_PKG = hasattr(pkg, "first")
from . import first


def g():
    return "second.g (first has f: " + str(hasattr(first, "f")) + ")"


print("second: end")
