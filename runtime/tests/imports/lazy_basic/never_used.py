"""Lazily imported by main.py but never used, so it must never run."""
print("loading never_used")
