"""The first module the loop reads."""
print("loading jit_first")
VALUE = 1
