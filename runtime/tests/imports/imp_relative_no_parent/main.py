"""Relative imports outside a package fail with ImportError("attempted relative
import with no known parent package"): in a top-level module, in the main
script, and finally uncaught in the main script (exit 1)."""
import sys

print("main __package__:", repr(__package__))
try:
    import toplevel
except ImportError as e:
    print("toplevel ->", type(e).__name__ + ":", e)
print("toplevel" in sys.modules)

try:
    from . import helper
except ImportError as e:
    print("from . import helper ->", type(e).__name__ + ":", e)

try:
    from .helper import VALUE
except ImportError as e:
    print("from .helper import VALUE ->", type(e).__name__ + ":", e)

# the absolute form works
from helper import VALUE
print(VALUE)

print("now uncaught")
from .helper import VALUE
print("not reached")
