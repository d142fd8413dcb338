"""Healthy package with a broken submodule."""
print("running pkg")
