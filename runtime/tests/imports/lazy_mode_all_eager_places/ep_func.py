"""Imported inside a function: eager."""
print("loading ep_func")
