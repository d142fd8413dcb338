"""Package whose modules do relative lazy imports."""
print("loading fpkg")
