"""Leaf module of the a.b.c chain."""
print("running", __name__)
VALUE = "value of a.b.c"
