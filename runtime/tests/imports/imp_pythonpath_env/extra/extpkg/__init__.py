"""A package only on PYTHONPATH."""
print("running", __name__)
