"""The filter allows it: stays lazy, never used."""
print("loading fe_allow")
