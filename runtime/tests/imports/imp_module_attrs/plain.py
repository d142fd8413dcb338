"""A plain top-level module."""
