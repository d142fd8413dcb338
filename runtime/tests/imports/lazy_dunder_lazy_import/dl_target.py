"""Returned lazily by __lazy_import__ in main.py."""
print("loading dl_target")
NAME = "dl_target"
