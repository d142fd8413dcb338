"""Uses a parent-relative lazy from-import inside rpkg.sub."""
print("loading rpkg.sub.up")
lazy from ..basic2 import x as parent_x


def get_parent_x():
    return parent_x
