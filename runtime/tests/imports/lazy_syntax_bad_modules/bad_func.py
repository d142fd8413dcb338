"""Has a lazy from-import inside a function, so it fails to compile."""
print("loading bad_func")
def helper():
    lazy from bf_target import VALUE
    return VALUE
