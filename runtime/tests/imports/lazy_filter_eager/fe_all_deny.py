"""From-import under all mode, denied by the filter: eager."""
print("loading fe_all_deny")
VALUE = "fe_all_deny value"
