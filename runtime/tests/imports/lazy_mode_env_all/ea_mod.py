"""Plain import made lazy by PYTHON_LAZY_IMPORTS=all."""
print("loading ea_mod")
NAME = "ea_mod"
