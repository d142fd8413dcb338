"""Package whose __all__ names a submodule that does not exist."""
__all__ = ["real", "nosub"]
