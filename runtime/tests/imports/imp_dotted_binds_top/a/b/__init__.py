"""Middle package of the a.b.c chain; announces when it runs."""
print("running", __name__)
