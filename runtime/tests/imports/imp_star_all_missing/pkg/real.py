"""Submodule that exists."""
print("running", __name__)
