"""Submodule imported by `from .helpers import helper`."""
print("running", __name__, "package", __package__)


def helper():
    return "helper defined in " + __name__
