"""Reified by being passed to type() in main.py."""
print("loading uf_call")
