"""Existing package whose lazily imported submodule is missing."""
print("loading epkg")
