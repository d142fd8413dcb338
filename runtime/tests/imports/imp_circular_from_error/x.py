"""Cycle partner: from-imports Y from y before defining X."""
print("x: start")
from y import Y

X = "x.X"
