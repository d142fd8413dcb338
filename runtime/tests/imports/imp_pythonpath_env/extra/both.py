"""`both` in the PYTHONPATH directory: shadowed by the script directory's."""
WHERE = "both from extra/ (wrong)"
