"""Package whose submodule is deleted from sys.modules and re-imported."""
print("running pkg")
