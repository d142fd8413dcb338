"""Plain from-import made lazy by set_lazy_imports("all")."""
print("loading ga_from")
VALUE = "ga_from value"
