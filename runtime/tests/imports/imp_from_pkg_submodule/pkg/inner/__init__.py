"""Subpackage."""
print("running", __name__)
