"""Lazily imported by holder and never touched."""
print("loading hi_d")
