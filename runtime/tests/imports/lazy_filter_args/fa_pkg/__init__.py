"""Package of the dotted lazy import."""
print("loading fa_pkg")
