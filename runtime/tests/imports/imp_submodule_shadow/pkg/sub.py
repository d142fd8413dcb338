"""Submodule named like an attribute of the package."""
print("running", __name__)
