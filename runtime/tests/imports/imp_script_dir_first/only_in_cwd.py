"""A module only in the working directory, which is not on sys.path."""
print("only_in_cwd should not be importable")
