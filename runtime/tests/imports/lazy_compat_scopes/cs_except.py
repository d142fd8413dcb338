"""Listed, but imported in an except handler: eager."""
print("loading cs_except")
