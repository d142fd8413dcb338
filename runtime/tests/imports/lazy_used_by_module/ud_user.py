"""Lazily imports two modules; uses one at module level and one in a function."""
print("loading ud_user")
lazy import ud_dep
lazy import ud_later
print("ud_user read", ud_dep.NAME)


def use_later():
    return ud_later.NAME
