"""A subpackage that records what it sees of itself while running."""
SEEN = (__name__, __package__, __doc__ is not None)
