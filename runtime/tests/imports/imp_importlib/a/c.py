"""Sibling of a.b, imported with '..c' relative to a.b."""
print("running", __name__)
