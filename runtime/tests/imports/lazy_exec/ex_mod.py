"""Lazily imported by exec() at module level."""
print("loading ex_mod")
NAME = "ex_mod"
