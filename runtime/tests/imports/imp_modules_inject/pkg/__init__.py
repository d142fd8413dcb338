"""Package with no `virtual` submodule on disk."""
