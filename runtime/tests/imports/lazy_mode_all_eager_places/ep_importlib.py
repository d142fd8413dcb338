"""Imported by importlib.import_module(): eager."""
print("loading ep_importlib")
