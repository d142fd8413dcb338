"""Top package for the importlib case."""
print("running", __name__)
