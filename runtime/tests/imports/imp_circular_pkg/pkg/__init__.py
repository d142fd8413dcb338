"""Package whose __init__ starts the first <-> second cycle."""
print("pkg: start")
from . import first
print("pkg: end")
