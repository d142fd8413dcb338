"""Module importing a module that does not exist."""
print("running helper")
import missing_dependency
