"""Defines `sub` as a plain attribute, and rebinds `late` after importing the submodule."""
print("running", __name__)
sub = "attribute from __init__"
from . import late
late = "rebound after importing the submodule"
