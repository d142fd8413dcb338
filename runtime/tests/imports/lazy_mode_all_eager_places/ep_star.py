"""Star-imported: eager."""
print("loading ep_star")
STAR_VALUE = "star value"
