"""Plain import: eager because the command line says normal."""
print("loading cb_mod")
