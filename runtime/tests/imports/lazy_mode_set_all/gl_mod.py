"""Explicit lazy import in normal mode: never used."""
print("loading gl_mod")
