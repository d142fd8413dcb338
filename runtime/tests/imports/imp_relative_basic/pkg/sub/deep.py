"""Module two levels down; imports from the top package with `..`."""
print("running", __name__, "package", __package__)
from ..sibling import NAME as SIB
from .. import helpers

DEEP = "deep"


def describe():
    return __name__ + " uses " + helpers.__name__
