"""A submodule of pkg."""
