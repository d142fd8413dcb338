"""A helper in the working directory, which is not on sys.path: must not be found."""
WHERE = "helper in the working directory (wrong)"
