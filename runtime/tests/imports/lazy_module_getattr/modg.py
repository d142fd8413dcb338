"""Module answering `dynamic_attr` from a module-level __getattr__."""
print("loading modg")


def __getattr__(name):
    if name == "dynamic_attr":
        return "from modg __getattr__"
    raise AttributeError(name)
