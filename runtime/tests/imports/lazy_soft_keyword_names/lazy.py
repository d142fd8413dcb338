"""A module that happens to be named lazy."""
print("loading lazy.py")
WHO = "the lazy module"
