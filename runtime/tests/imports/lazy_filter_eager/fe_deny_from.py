"""The filter denies the from-import: imported eagerly."""
print("loading fe_deny_from")
VALUE = "fe_deny_from value"
