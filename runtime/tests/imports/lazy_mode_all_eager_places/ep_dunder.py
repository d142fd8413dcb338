"""Imported by calling __import__(): eager."""
print("loading ep_dunder")
