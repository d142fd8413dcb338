"""A plain module (not a package) with one name."""
HERE = True
