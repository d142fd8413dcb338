"""Plain import while -X lazy_imports=all is in force: lazy, never used."""
print("loading sb_before")
