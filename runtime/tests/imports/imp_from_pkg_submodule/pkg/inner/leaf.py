"""Submodule of the subpackage."""
print("running", __name__)
