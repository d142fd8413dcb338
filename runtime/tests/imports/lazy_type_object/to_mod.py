"""Target of the proxies inspected in main.py."""
print("loading to_mod")
NAME = "to_mod"
