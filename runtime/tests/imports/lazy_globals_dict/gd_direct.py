"""Reified by a global load inside get_direct()."""
print("loading gd_direct")
