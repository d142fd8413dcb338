# helper: circular import partner X
print("[x] start")
X_EARLY = "x-early"
import _imp_cycle_y

X_LATE = "x-late"
print("[x] end; sees y.Y_VALUE =", _imp_cycle_y.Y_VALUE)


def from_x():
    return "from_x sees " + _imp_cycle_y.Y_VALUE
