"""Imported by `from . import other`; the package cpkg is listed."""
print("loading cpkg.other")
NAME = "other"
