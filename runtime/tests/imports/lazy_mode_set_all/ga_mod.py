"""Plain import made lazy by set_lazy_imports("all")."""
print("loading ga_mod")
NAME = "ga_mod"
