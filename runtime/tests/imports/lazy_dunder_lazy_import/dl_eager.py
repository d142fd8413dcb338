"""Passed to __lazy_import__ while the filter says False: eager."""
print("loading dl_eager")
