"""Only ever 'imported' through a custom __import__, so it never runs."""
print("loading dl_never")
