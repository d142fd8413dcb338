"""Plain module-level import: lazy, never used."""
print("loading ep_plain")
