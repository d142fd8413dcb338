"""Module next to tool.py, found because the working directory is sys.path[0]."""
WHERE = "helper from the working directory"
