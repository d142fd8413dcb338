"""Top-level package of the beyond-top-level case."""
TOP_NAME = "top"
