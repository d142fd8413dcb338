"""Target of the lazy import in main.py."""
print("loading basic_mod")
NAME = "basic_mod"
