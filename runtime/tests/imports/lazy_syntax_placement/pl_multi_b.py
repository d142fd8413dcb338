"""Second of two names in one lazy import, under an alias."""
print("loading pl_multi_b")
NAME = "pl_multi_b"
