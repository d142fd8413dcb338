"""A package in lib2/."""
