"""Package that imports none of its submodules itself."""
print("running", __name__)
INIT_NAME = "defined in pkg/__init__.py"
