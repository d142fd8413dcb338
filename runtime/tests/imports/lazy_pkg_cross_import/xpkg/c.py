"""Lazily imports a submodule and an existing name from its own package."""
print("loading xpkg.c")
lazy from . import b, x


def get_globals():
    return globals()
