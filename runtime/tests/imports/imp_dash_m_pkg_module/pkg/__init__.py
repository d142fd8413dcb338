"""Package holding the module run with -m; imported before it runs."""
print("running package", __name__)
