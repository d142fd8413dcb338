"""Target of the relative lazy imports in fpkg."""
print("loading fpkg.target")
VALUE = "relative"
