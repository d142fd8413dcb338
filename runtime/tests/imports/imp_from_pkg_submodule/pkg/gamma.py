"""Submodule gamma."""
print("running", __name__)
