"""Exists, but lacks the name main.py imports lazily."""
print("loading mn_mod")
present = "here"
