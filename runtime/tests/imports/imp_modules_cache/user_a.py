"""Imports counted too."""
import counted
