"""Submodule whose name the package rebinds after importing it."""
print("running", __name__)
