"""Listed and imported at module level: lazy, never used."""
print("loading cs_module")
