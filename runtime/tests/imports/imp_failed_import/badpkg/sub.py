"""Submodule of a broken package: never runs."""
print("running badpkg.sub (wrong)")
