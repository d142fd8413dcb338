"""Source of main.py's lazy `x`."""
print("loading gd_mod")
x = 42
