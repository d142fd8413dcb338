"""Lazily imported inside a with block."""
print("loading wb_mod")
NAME = "wb_mod"
