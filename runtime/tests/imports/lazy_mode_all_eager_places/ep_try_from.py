"""From-imported in a try body: eager."""
print("loading ep_try_from")
TRY_VALUE = "try value"
