"""Submodule alpha."""
print("running", __name__)
THING = "alpha.THING"
