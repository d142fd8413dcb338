"""Reified by getattr(holder, 'hi_b') in main.py."""
print("loading hi_b")
