"""Module imported with a dotted relative name."""
print("running", __name__)
