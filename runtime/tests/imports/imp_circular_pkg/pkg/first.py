"""Imports its sibling `second` before defining f."""
print("first: start")
from . import second


def f():
    return "first.f -> " + second.g()


print("first: end")
