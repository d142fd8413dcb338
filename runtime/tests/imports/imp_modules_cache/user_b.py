"""Imports counted too, with from-import."""
from counted import VALUE
import counted
