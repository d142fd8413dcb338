"""Plain import inside xa_outer: lazy, never used."""
print("loading xa_inner")
