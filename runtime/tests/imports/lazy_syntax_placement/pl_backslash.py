"""Imported by a lazy import split with a backslash."""
print("loading pl_backslash")
NAME = "pl_backslash"
