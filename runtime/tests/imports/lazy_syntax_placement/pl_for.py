"""Imported from a one-line module-level for."""
print("loading pl_for")
NAME = "pl_for"
