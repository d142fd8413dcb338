"""Listed, but imported inside a function: eager."""
print("loading cs_func")
