"""Top package for the __import__ case."""
print("running", __name__)
