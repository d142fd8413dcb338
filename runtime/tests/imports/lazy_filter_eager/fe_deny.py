"""The filter denies it: imported eagerly."""
print("loading fe_deny")
