"""Imported in a class body: eager."""
print("loading ep_class")
