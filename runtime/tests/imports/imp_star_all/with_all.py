"""Module with __all__: only the listed names are star-exported."""
__all__ = ["pub", "_listed_private"]
pub = "pub"
other = "other (not in __all__)"
_listed_private = "_listed_private"
_hidden = "_hidden"
