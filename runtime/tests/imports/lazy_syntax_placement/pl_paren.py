"""Source of a parenthesized lazy from-import."""
print("loading pl_paren")
ONE = 1
TWO = 2
