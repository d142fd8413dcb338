"""Module imported from inside functions and a class body."""
print("running", __name__)
VALUE = "helper.VALUE"
