"""Module whose __all__ names a missing name between two real ones."""
__all__ = ["ok", "ghost", "after"]
ok = "ok"
after = "after"
