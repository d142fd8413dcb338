"""Plain module with a single attribute."""
VALUE = 1
