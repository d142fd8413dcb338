# failing imports
import sys

try:
    import _imp_does_not_exist  # noqa: F401
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import _imp_does_not_exist as alias  # noqa: F401
except ImportError as e:
    print("caught as ImportError:", isinstance(e, ModuleNotFoundError))

try:
    from _imp_nowhere import thing  # noqa: F401
except ImportError as e:
    print(e)

# module that raises during import: the error propagates and the module is not cached
for attempt in range(2):
    try:
        import _imp_raises  # noqa: F401
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
    print("cached:", "_imp_raises" in sys.modules)

try:
    _imp_raises
except NameError as e:
    print("NameError:", e)

# importing a name that the module lacks
try:
    from _imp_a import nothing_here  # noqa: F401
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

print("_imp_a imported anyway:", "_imp_a" in sys.modules)
