"""Imported from a module-level match case."""
print("loading pl_match")
NAME = "pl_match"
