"""Subpackage for the parent-relative lazy import."""
print("loading fpkg.sub")
