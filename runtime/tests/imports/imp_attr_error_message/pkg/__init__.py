"""Package whose submodule is imported late."""
