"""Package defining `x` before its submodules are imported."""
print("loading xpkg")
x = 42
