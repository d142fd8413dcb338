"""Package whose __init__ imports its own submodules relatively."""
print("running", __name__, "package", __package__)
from . import sibling
from .helpers import helper
