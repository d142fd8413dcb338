"""A module only on PYTHONPATH."""
WHERE = "extmod from extra/"
