"""Subpackage for the `import ... as` case."""
print("running", __name__)
