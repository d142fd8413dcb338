"""Plain import made lazy by -X lazy_imports=all."""
print("loading xa_mod")
NAME = "xa_mod"
