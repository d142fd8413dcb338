"""Package whose module uses __lazy_modules__ with relative imports."""
print("loading cpkg")
