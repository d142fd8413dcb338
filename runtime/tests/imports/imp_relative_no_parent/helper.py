"""Plain top-level module."""
VALUE = "helper value"
