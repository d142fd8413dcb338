"""Plain import after the mode is back to normal: eager."""
print("loading gn_mod")
