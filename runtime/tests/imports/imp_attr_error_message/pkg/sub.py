"""Submodule of pkg."""
