"""Imported eagerly, then lazily, by main.py."""
print("loading mix_a")
VALUE = "mix_a value"
