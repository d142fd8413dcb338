"""Source of a lazy from-import inside a with block."""
print("loading wb_from")
VALUE = "wb_from value"
