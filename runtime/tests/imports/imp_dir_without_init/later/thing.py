"""The real `thing` module, in a directory appended to sys.path."""
WHERE = "thing from later/"
