"""A sibling submodule that `import a.b.c` must not import."""
print("running", __name__)
NAME = "a.other"
