"""Explicit lazy import: lazy in normal mode, never used."""
print("loading cb_lazy")
