"""Module with an unclosed parenthesis."""
FINE = 1
value = (1, 2
