"""Source of holder's lazy `VALUE`."""
print("loading hi_c")
VALUE = "value from hi_c"
