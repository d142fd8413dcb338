"""Submodule that xpkg.c imports lazily."""
print("loading xpkg.b")
