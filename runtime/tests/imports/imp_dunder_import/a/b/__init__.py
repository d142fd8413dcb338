"""Subpackage for the __import__ case."""
print("running", __name__)
VALUE = "a.b.VALUE"
