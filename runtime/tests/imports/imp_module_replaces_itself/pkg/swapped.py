"""Submodule that replaces itself in sys.modules."""
import sys


class Swapped:
    kind = "swapped submodule"


sys.modules[__name__] = Swapped()
