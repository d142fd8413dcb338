"""Top-level (non-package) module attempting a relative import."""
print("running", __name__, "package", repr(__package__))
from . import helper
