"""Uses `lazy from . import m` and `lazy from .m import name` inside rpkg."""
print("loading rpkg.relative_lazy")
lazy from . import basic2
lazy from .basic2 import x


def get_basic2():
    return basic2


def get_x():
    return x
