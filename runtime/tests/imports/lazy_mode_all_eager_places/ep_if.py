"""Imported inside a module-level if: lazy, never used."""
print("loading ep_if")
