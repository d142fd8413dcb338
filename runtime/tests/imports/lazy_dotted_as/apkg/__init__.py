"""Package whose submodule main.py imports lazily under an alias."""
print("loading apkg")
