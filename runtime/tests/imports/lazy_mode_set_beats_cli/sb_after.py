"""Plain import after sys.set_lazy_imports("normal"): eager."""
print("loading sb_after")
