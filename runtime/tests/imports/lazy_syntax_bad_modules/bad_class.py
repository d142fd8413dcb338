"""Has a lazy import in a class body, so it fails to compile."""
print("loading bad_class")
class Config:
    lazy import bc_target
