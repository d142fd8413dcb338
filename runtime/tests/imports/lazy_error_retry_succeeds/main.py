# expected: by hand
"""A reification that fails once and then succeeds: the retry binds the module."""
import sys

lazy import flaky

# PEP 810 §Reification: if reification fails the lazy object is not replaced
try:
    flaky.VALUE
except RuntimeError as e:
    print("first use failed:", e)
print(type(globals()["flaky"]).__name__)
# PEP 810 §Reification: a later use retries, and on success the name is rebound
print(flaky.VALUE)
print(type(globals()["flaky"]).__name__)
