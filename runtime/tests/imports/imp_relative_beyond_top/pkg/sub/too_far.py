"""Module in pkg.sub trying to climb three levels (one too many)."""
print("running", __name__)
from ... import anything
print("not reached")
