"""Top-level module that shares its name with fpkg.target."""
print("loading target")
VALUE = "absolute"
