"""Reified by a plain assignment in main.py."""
print("loading uf_assign")
