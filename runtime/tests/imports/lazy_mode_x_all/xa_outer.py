"""Imported lazily by main.py; its own plain import is lazy too under -X lazy_imports=all."""
print("loading xa_outer")
import xa_inner

inner_state = type(globals()["xa_inner"]).__name__
