"""Raises ValueError every time it is executed."""
print("loading broken")
raise ValueError("broken on purpose")
