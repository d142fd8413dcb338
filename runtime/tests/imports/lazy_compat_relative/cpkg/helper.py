"""Named in __lazy_modules__ by its full name cpkg.helper."""
print("loading cpkg.helper")
VALUE = "helper value"
