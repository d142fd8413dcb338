"""Package answering `dynamic_attr` from its __getattr__."""
print("loading gpkg")
x = 42

def __getattr__(name):
    if name == "dynamic_attr":
        return "from gpkg __getattr__"
    raise AttributeError(name)
