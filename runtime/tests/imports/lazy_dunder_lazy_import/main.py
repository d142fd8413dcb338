# expected: by hand
"""The __lazy_import__ builtin: same arguments as __import__, returns a lazy proxy."""
import sys

# test_lazy_import: test_dunder_lazy_import (the result is a proxy; nothing is loaded)
holder = __lazy_import__("dl_target")
print("dl_target" in sys.modules)
print(type(globals()["holder"]).__name__, repr(globals()["holder"]))
# test_lazy_import: test_dunder_lazy_import_used (loading the global reifies it)
print(holder.NAME)
print("dl_target" in sys.modules, type(globals()["holder"]).__name__)

# test_lazy_import: test_dunder_lazy_import_invalid_arguments
for bad in (b"", 123, None):
    try:
        __lazy_import__(bad)
    except TypeError:
        print("TypeError for", repr(bad))
try:
    __lazy_import__("sys", level=-1)
except ValueError:
    print("ValueError for level=-1")
try:
    __lazy_import__("sys", globals=1)
except TypeError:
    print("TypeError for globals=1")

# test_lazy_import: test_dunder_lazy_import_with_custom_filter (the filter applies to it too)
sys.set_lazy_imports_filter(lambda importer, name, fromlist: False)
eager_result = __lazy_import__("dl_eager")
sys.set_lazy_imports_filter(None)
print("dl_eager" in sys.modules)


# test_lazy_import: test_dunder_lazy_import_builtins (reification calls __import__ from the given globals' __builtins__)
def custom_import(*args):
    print("custom __import__ called for", args[0])
    return sys.modules[__name__]


marker = 42
fake_globals = dict(globals())
fake_globals["__builtins__"] = {"__import__": custom_import}
via_custom = __lazy_import__("dl_never", globals=fake_globals)
print(via_custom.marker)
print("dl_never" in sys.modules)
