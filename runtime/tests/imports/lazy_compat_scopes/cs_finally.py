"""Listed, but imported in a finally block: eager."""
print("loading cs_finally")
