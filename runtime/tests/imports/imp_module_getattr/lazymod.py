"""Module with PEP 562 __getattr__ and __dir__."""
REAL = "real attribute"


def __getattr__(name):
    # the import machinery may probe dunder names such as __path__: not logged
    if not name.startswith("__"):
        print("  __getattr__ called for", name)
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["lazy_two", "REAL", "lazy_one"]
