"""Cycle partner: from-imports X from x before defining Y."""
print("y: start")
from x import X

Y = "y.Y"
