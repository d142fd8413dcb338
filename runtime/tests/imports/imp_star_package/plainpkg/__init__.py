"""Package without __all__."""
print("running", __name__)
NAME = "plainpkg.NAME"
