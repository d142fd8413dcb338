"""Subpackage for the parent-relative lazy import."""
print("loading rpkg.sub")
