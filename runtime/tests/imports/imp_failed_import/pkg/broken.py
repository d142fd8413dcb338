"""Submodule whose body raises."""
print("running pkg.broken")
1 / 0
