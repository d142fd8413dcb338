"""Listed, but imported in a try body: eager."""
print("loading cs_try")
