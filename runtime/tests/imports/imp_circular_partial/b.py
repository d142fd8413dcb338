"""Second half of the cycle: imports a while a is still running."""
print("b: start")
import sys

import a

print("b: a in sys.modules:", "a" in sys.modules, "| a is that entry:", a is sys.modules["a"])
SAW_A_HAS_A = hasattr(a, "A")
SAW_A_EARLY = a.EARLY
try:
    a.A
except AttributeError as e:
    print("b:", type(e).__name__ + ":", e)
B = "b.B"


def use_a():
    return "b sees " + a.A


print("b: end")
