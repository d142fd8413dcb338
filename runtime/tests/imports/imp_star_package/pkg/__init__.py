"""Package with __all__ naming a submodule and a plain name."""
print("running", __name__)
__all__ = ["listed", "VALUE"]
VALUE = "pkg.VALUE"
