# expected: by hand
"""A module that raises during reification inside a function: the module's own
exception ends the program (exit 1, its line last on stderr).
"""
lazy import ue_broken


def use():
    return ue_broken.VALUE


print("calling use()")
# PEP 810 §Reification: the module's own exception propagates from the point of use
use()
print("not reached")
