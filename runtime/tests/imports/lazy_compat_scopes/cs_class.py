"""Listed, but imported in a class body: eager."""
print("loading cs_class")
