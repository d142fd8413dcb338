"""Imported by `lazy from . import sibling`."""
print("loading fpkg.sibling")
