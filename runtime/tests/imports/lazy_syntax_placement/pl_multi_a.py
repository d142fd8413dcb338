"""First of two names in one lazy import."""
print("loading pl_multi_a")
NAME = "pl_multi_a"
