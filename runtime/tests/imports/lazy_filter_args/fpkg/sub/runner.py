"""A parent-relative lazy from-import seen by main.py's filter."""
print("loading fpkg.sub.runner")
lazy from ..target import VALUE
