"""Imported lazily, then eagerly, by main.py."""
print("loading mix_b")
