"""Module directly in the top package trying to climb two levels."""
print("running", __name__)
from .. import anything
print("not reached")
