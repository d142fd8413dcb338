"""Top of the dotted lazy import in main.py."""
print("loading dpkg")
