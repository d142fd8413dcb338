"""Proxy copied into another global name in main.py."""
print("loading gd_target")
x = 42
