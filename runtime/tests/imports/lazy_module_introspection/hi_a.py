"""Reified by holder.hi_a in main.py."""
print("loading hi_a")
