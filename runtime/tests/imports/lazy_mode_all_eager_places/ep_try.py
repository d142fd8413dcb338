"""Imported in a try body: eager."""
print("loading ep_try")
