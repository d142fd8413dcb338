"""Imported after a semicolon."""
print("loading pl_semi")
NAME = "pl_semi"
