"""Denied by resolved name rpf.target: imported eagerly."""
print("loading rpf.target")
VALUE = "relative"
