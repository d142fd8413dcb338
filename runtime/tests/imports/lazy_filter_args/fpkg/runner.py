"""Absolute and relative lazy from-imports seen by main.py's filter."""
print("loading fpkg.runner")
lazy from target import VALUE as absolute_value
lazy from .target import VALUE as relative_value
lazy from . import sibling
