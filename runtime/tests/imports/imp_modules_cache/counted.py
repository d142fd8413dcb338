"""Module that records how many times its body has run (in a module-independent place)."""
import sys

sys.counted_runs = getattr(sys, "counted_runs", 0) + 1
RUNS = sys.counted_runs
print("running counted, run", RUNS)
print("in sys.modules while running:", sys.modules[__name__].__name__ == __name__)
VALUE = "counted value"
