# expected: by hand
"""A lazy import of a module that does not exist fails at first use, with a cause.

The original ModuleNotFoundError is raised where the name is used; its
__cause__ is an ImportError naming the lazy import. The proxy stays in place
and every later use retries.
"""
import sys

lazy import missing_mod
lazy from missing_from import thing
lazy import epkg.nonexistent

# PEP 810 §Reification: the original exception is raised at first use, chained to the lazy import
# test_lazy_import: test_import_error_shows_chained_traceback
try:
    missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
    print(type(e.__cause__).__name__, "|", e.__cause__)

# PEP 810 §Reification: a failed reification leaves the proxy in place, and later uses retry
print(type(globals()["missing_mod"]).__name__)
try:
    missing_mod
except ModuleNotFoundError as e:
    print("retry:", e)

# lazyimportobject.c lazy_import_name: a from-import proxy is named module.name in the cause
try:
    thing
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
    print(type(e.__cause__).__name__, "|", e.__cause__)

# PEP 810 §Reification: a missing submodule of an existing package; the package itself loads
try:
    epkg.nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
    print(e.__cause__)
print("epkg" in sys.modules, "epkg.nonexistent" in sys.modules)
