"""The package's __main__ module, run by `-m app`."""
import os
import sys

print("__name__:", __name__)
print("__package__:", repr(__package__))
print("__file__:", os.path.basename(__file__))
print("argv:", os.path.basename(sys.argv[0]), sys.argv[1:])
print("'app' in sys.modules:", "app" in sys.modules, "| 'app.__main__':", "app.__main__" in sys.modules)

from . import VERSION
from .core import run
print("version", VERSION)
print(run(sys.argv[1:]))
