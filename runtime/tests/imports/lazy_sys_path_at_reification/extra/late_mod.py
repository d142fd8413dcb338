"""Only importable once main.py adds `extra` to sys.path."""
print("loading late_mod")
VALUE = "from extra"
