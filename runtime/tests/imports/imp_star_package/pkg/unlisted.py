"""Submodule not named in pkg.__all__: never imported."""
print("running", __name__, "(wrong)")
