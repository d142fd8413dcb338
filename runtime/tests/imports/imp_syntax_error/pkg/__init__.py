"""Healthy package with a broken submodule."""
