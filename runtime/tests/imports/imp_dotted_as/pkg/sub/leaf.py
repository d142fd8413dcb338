"""Leaf module for the `import ... as` case."""
print("running", __name__)
WHERE = "in the leaf"
