"""Submodule never imported: a star import without __all__ does not load it."""
print("running", __name__, "(wrong)")
