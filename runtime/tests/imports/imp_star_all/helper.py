"""Provides a function that no_all re-exports through its globals."""


def helper_fn():
    return "helper_fn"
