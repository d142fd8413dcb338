"""Imported from a one-line module-level while."""
print("loading pl_while")
NAME = "pl_while"
