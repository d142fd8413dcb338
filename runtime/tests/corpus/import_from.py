# from-imports: names, aliases, star
from _imp_a import f, g as h
from _imp_a import CONST

print(f(3), h(3), CONST)
print(f.__name__, h.__name__)

# from-import copies the binding: later rebinding in the module is not seen
import _imp_a

_imp_a.CONST = -1
print(CONST, _imp_a.CONST)

# but mutable state is shared (the calls counter lives in the module)
print(_imp_a.call_count())

# the function still reads module globals at call time
print(h(0))

# star import respects __all__
before_star = set(globals())
from _imp_a import *  # noqa: F401,F403

new_names = sorted(set(globals()) - before_star - {"before_star"})
print(new_names)
print(CONST, f is _imp_a.f)
print("not_exported" in globals(), "_private" in globals())
print(Greeter("bo").greet())

# a from-import of a non-existent name
try:
    from _imp_a import does_not_exist  # noqa: F401
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

# parenthesised multi-line from-import with trailing comma
from _imp_a import (
    f as double,
    g as plus,
)

print(double(21), plus(0, 0))
