"""Package holding the relative lazy imports."""
print("loading rpkg")
