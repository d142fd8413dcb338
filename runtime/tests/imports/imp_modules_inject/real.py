"""A real module injected into sys.modules under a second name."""
print("running", __name__)
