"""Source of a lazy from-import of two names."""
print("loading fa_from")
ONE = 1
TWO = 2
