"""Submodule named in pkg.__all__: imported by the star import."""
print("running", __name__)
