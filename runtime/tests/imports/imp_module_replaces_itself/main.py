"""A module that replaces its own sys.modules entry while running: the import
statement binds the replacement, not the module object that ran."""
import sys

import selfrepl
print(type(selfrepl).__name__, selfrepl.kind)
print(selfrepl is sys.modules["selfrepl"])
from selfrepl import kind
print(kind)
print(selfrepl.original.__name__, type(selfrepl.original).__name__)

import pkg.swapped
print(type(pkg.swapped).__name__)
import pkg.swapped as sw
print(type(sw).__name__, sw.kind)
from pkg import swapped
print(type(swapped).__name__)
