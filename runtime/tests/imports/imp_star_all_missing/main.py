"""A star import whose __all__ names something missing raises AttributeError
("module 'm' has no attribute 'ghost'"); names listed before it are already
bound. For a package, a listed name that is neither an attribute nor a
submodule fails the same way."""
try:
    from broken_all import *
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print("ok" in globals(), "after" in globals())

try:
    from pkg import *
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print("real" in globals(), "nosub" in globals())
