"""A circular `from x import X` where X is not defined yet fails with
ImportError("cannot import name 'X' from partially initialized module 'x'
(most likely due to a circular import) (<path>)"); e.name is 'x'. Both
modules of the failed cycle are removed from sys.modules."""
import os
import sys


def strip(text):
    return text.replace(os.getcwd() + "/", "")


try:
    import x
except ImportError as e:
    print(type(e).__name__)
    print(strip(str(e)))
    print("name:", e.name, "| path:", os.path.basename(e.path))
print("x" in sys.modules, "y" in sys.modules)

# importing y first fails the same way, the other way round
try:
    import y
except ImportError as e:
    print(strip(str(e)))
    print("name:", e.name, "| path:", os.path.basename(e.path))
print("x" in sys.modules, "y" in sys.modules)
