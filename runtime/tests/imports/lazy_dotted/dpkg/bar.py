"""Submodule loaded through a second lazy import of dpkg.bar."""
print("loading dpkg.bar")


def f():
    return "dpkg.bar.f called"
