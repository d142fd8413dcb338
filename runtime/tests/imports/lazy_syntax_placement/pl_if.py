"""Imported from a one-line module-level if."""
print("loading pl_if")
NAME = "pl_if"
