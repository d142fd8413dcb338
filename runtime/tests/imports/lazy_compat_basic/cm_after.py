"""Added to __lazy_modules__ just before its import."""
print("loading cm_after")
