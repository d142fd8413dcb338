"""Touches the importer's still-unresolved binding for itself while loading."""
print("loading cyc_self")
import sys

sys.modules["__main__"].cyc_self
print("not reached")
