"""Top-level module that shares its name with rpf.target."""
print("loading target")
VALUE = "absolute"
