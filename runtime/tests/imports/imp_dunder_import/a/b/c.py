"""Submodule named in a fromlist."""
print("running", __name__)
