# expected: by hand
"""sys.get_lazy_imports / sys.set_lazy_imports and the filter getters/setters."""
import sys

# test_lazy_import: test_get_lazy_imports_returns_string (the default mode is "normal")
print(sys.get_lazy_imports())
sys.set_lazy_imports("all")
print(sys.get_lazy_imports())
sys.set_lazy_imports("normal")
print(sys.get_lazy_imports())
# test_lazy_import: test_set_lazy_imports_requires_string
for bad in (True, None, 1):
    try:
        sys.set_lazy_imports(bad)
    except TypeError:
        print("TypeError:", repr(bad))
# test_lazy_import: test_set_lazy_imports_rejects_invalid_mode
# CPython 3.15 removed the PEP's "none" mode (gh-149321), and the draft names were never modes
for bad in ("invalid", "on", "off", "none", "enabled"):
    try:
        sys.set_lazy_imports(bad)
    except ValueError:
        print("ValueError:", repr(bad))
# a rejected call leaves the mode unchanged
print(sys.get_lazy_imports())
# test_lazy_import: test_get_lazy_imports_filter_default
print(sys.get_lazy_imports_filter())


def my_filter(importer, name, fromlist):
    return True


# test_lazy_import: test_set_and_get_lazy_imports_filter
sys.set_lazy_imports_filter(my_filter)
print(sys.get_lazy_imports_filter() is my_filter)
sys.set_lazy_imports_filter(None)
print(sys.get_lazy_imports_filter())
