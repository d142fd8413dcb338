"""A package with no submodule `nope`."""
