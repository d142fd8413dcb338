"""Module importing something that does not exist."""
print("running needs_missing")
import does_not_exist_anywhere
