"""Subpackage of the beyond-top-level case."""
