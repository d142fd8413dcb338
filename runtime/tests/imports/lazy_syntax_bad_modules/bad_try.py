"""Has a lazy import inside a try block, so it fails to compile."""
print("loading bad_try")
try:
    lazy import bt_target
except ImportError:
    pass
