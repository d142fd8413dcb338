"""Reified as the left operand of `is` in main.py."""
print("loading uf_compare")
