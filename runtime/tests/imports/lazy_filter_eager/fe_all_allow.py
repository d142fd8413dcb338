"""Plain import under all mode, allowed by the filter: lazy."""
print("loading fe_all_allow")
