"""Subpackage using `..` imports to reach its parent package."""
print("running", __name__, "package", __package__)
from .. import sibling as parent_sibling
from ..helpers import helper
from . import deep
from .deep import DEEP, SIB
from .deep import describe
from pkg.sub import deep as deep_from_parent
