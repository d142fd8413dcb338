"""Plain submodule imported by `from . import sibling`."""
print("running", __name__, "package", __package__)
NAME = "sibling"
