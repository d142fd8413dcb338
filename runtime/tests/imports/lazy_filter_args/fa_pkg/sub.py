"""Submodule named in the dotted lazy import."""
print("loading fa_pkg.sub")
