"""Submodule beta."""
print("running", __name__)
