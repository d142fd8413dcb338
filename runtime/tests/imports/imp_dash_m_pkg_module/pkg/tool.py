"""Submodule run with `-m pkg.tool`."""
import os
import sys

print("__name__:", __name__)
print("__package__:", repr(__package__))
print("__file__:", os.path.basename(__file__))
print("argv:", os.path.basename(sys.argv[0]), sys.argv[1:])
print("'pkg' in sys.modules:", "pkg" in sys.modules)
print("'pkg.tool' in sys.modules:", "pkg.tool" in sys.modules)

from . import helper
from .helper import shout
print(helper.__name__, shout("relative import works"))

if __name__ == "__main__":
    print("main guard ran")
