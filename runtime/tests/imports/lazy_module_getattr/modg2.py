"""Module with __getattr__ that main.py imports eagerly first."""
print("loading modg2")


def __getattr__(name):
    if name == "dynamic_attr":
        return "from modg2 __getattr__"
    raise AttributeError(name)
