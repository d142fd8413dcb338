"""`from m import a as b, c` binds the named objects (renamed or not), takes a
snapshot of the value, and works with parentheses and a trailing comma."""
import sys

from mod import greet as hello, COUNT
print(hello("ann"), COUNT)
print(sorted(n for n in globals() if not n.startswith("__")))

from mod import (
    greet,
    COUNT as count_alias,
    bump,
)
print(greet is hello, count_alias)

# the imported name is a copy of the binding, not a live view of the module
bump()
print(COUNT, sys.modules["mod"].COUNT)
from mod import COUNT
print(COUNT)

# functions still see their own module's globals
print(hello("bob"))
print("mod" in globals(), "mod" in sys.modules)
