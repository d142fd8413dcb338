"""Lazily imported under its own name and an alias."""
print("loading fa_mod")
