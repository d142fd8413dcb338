"""Submodule of a package found through PYTHONPATH."""
WHERE = "extpkg.tool from extra/"
