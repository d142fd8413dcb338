"""Plain from-import made lazy by -X lazy_imports=all."""
print("loading xa_from")
VALUE = "xa_from value"
