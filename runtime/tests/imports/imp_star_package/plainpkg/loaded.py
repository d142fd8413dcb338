"""Submodule imported before the star import, so it is in the namespace."""
print("running", __name__)
