"""A relative import that climbs above the top-level package raises
ImportError("attempted relative import beyond top-level package"), and the
failed module is not left in sys.modules."""
import sys

for name in ["pkg.sub.too_far", "pkg.too_far_from_top"]:
    try:
        __import__(name)
    except ImportError as e:
        print(name, "->", type(e).__name__ + ":", e)
    print(name in sys.modules, "pkg" in sys.modules, "pkg.sub" in sys.modules)

# the deepest legal climb still works
import pkg.sub.ok
print(pkg.sub.ok.TOP_NAME)
