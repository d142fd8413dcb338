"""Reified by a global load inside a function in main.py."""
print("loading uf_function")
NAME = "uf_function"
