"""Package for the `import ... as` case."""
print("running", __name__)
VERSION = "1.0"
