# expected: by hand
"""globals() hands back proxies; loading a global name reifies whatever proxy it holds.

Covers GlobalsAndDictTests: globals()["x"] inside a function and inline at
module level give the lazy_import object, resolve() loads it, a direct load
inside a function reifies, and a proxy copied into another global is reified
when that other global is loaded.
"""
import sys
import types

lazy from gd_mod import x
lazy import gd_direct


def peek_x():
    return type(globals()["x"]) is types.LazyImportType


# test_lazy_import: test_globals_returns_lazy_proxy_when_accessed_from_function
print(peek_x())
print("gd_mod" in sys.modules)
# test_lazy_import: test_globals_dict_access_returns_lazy_proxy_inline
print(type(globals()["gd_direct"]) is types.LazyImportType)
print("gd_direct" in sys.modules)


def resolve_x():
    obj = globals()["x"]
    return obj.resolve()


# test_lazy_import: test_resolve_method_forces_reification
print(resolve_x())
print("gd_mod" in sys.modules)


def get_direct():
    return gd_direct


# test_lazy_import: test_direct_access_triggers_reification
print(type(get_direct()).__name__)
print(type(globals()["gd_direct"]).__name__)

lazy import gd_target


class Plain:
    pass


sneaky = Plain()
sneaky.x = 1


def total():
    t = 0
    for _ in range(5):
        t += sneaky.x
    return t


# test_lazy_import: test_add_lazy_to_globals (a proxy stored under another name reifies on load)
print(total())
globals()["sneaky"] = globals()["gd_target"]
print("gd_target" in sys.modules)
print(total())
print(type(globals()["sneaky"]).__name__)
