# expected: by hand
"""A lazy star import makes the whole file fail to compile: nothing runs."""
print("never printed: the file does not compile")

# PEP 810 §Syntax restrictions: lazy from ... import * is not allowed
lazy from us_target import *
