"""Leaf of the dotted lazy import in main.py."""
print("loading dpkg.mid.leaf")
NAME = "leaf"
