"""First half of the cycle: imports b between its early and late definitions."""
print("a: start")
EARLY = "a.EARLY"
import b

print("a: b finished, b.B =", b.B)
A = "a.A"


def late():
    return b.use_a()


print("a: end")
