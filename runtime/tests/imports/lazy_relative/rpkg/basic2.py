"""Target of the relative lazy imports."""
print("loading rpkg.basic2")
x = 42
