"""A module whose body raises is removed from sys.modules again; importing it
a second time runs it again and fails again. Modules it imported before
failing stay imported. A failing submodule leaves the parent imported but
unbound; a failing package __init__ stops its submodule from running."""
import sys

for attempt in (1, 2):
    try:
        import bad
    except ValueError as e:
        print("attempt", attempt, "->", type(e).__name__ + ":", e)
    print("bad" in sys.modules, "dep" in sys.modules, "bad" in globals())

try:
    from bad import EARLY
except ValueError as e:
    print("from-import ->", type(e).__name__ + ":", e)

try:
    import pkg.broken
except ZeroDivisionError as e:
    print("pkg.broken ->", type(e).__name__ + ":", e)
print("pkg" in sys.modules, "pkg.broken" in sys.modules, hasattr(sys.modules["pkg"], "broken"))

try:
    import badpkg.sub
except RuntimeError as e:
    print("badpkg.sub ->", type(e).__name__ + ":", e)
print("badpkg" in sys.modules, "badpkg.sub" in sys.modules)

try:
    import needs_missing
except ModuleNotFoundError as e:
    print("needs_missing ->", type(e).__name__ + ":", e, "| name:", e.name)
print("needs_missing" in sys.modules)
