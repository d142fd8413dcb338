"""The module swapped in mid-loop through a lazy proxy."""
print("loading jit_second")
VALUE = 1000
