# helper: circular import partner Y
print("[y] start")
import _imp_cycle_x

print("[y] x partially initialised: X_EARLY =", _imp_cycle_x.X_EARLY,
      "has X_LATE:", hasattr(_imp_cycle_x, "X_LATE"))
Y_VALUE = "y-value"
