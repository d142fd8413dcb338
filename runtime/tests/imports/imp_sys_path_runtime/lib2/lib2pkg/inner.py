"""Submodule of the package in lib2/."""
WHERE = "lib2pkg.inner from lib2/"
