"""Parent package for the while-running checks."""
