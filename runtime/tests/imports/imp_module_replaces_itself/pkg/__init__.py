"""Package with a self-replacing submodule."""
