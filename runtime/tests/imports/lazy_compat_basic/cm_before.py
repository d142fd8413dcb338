"""Imported before it is added to __lazy_modules__ (and never added)."""
print("loading cm_before")
