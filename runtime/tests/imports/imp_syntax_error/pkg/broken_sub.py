"""Submodule with a missing colon."""
def f()
    return 1
