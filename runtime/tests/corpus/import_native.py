# importing built-in modules in various ways
import math
import sys
import time
from math import sqrt, floor as fl, pi
from sys import maxsize

print(math.__name__, sys.__name__, time.__name__)
print(sqrt(49), fl(-2.5), pi)
print(maxsize == sys.maxsize)
print(math.sqrt is sqrt)
t0 = time.time()
p0 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__, t0 > 1e9, time.perf_counter() >= p0)

def use_inside():
    from math import factorial, comb
    import sys as system
    return factorial(5), comb(6, 3), system is sys


print(use_inside())
print("factorial" in globals())
print(sorted(n for n in ["math", "sys", "time"] if n in sys.modules))

# a module object is an attribute namespace
print(hasattr(math, "tau"), callable(math.gcd), getattr(math, "e") == math.e)
names = [n for n in dir(math) if n in ("sqrt", "floor", "ceil", "nope")]
print(sorted(names))
try:
    from math import nope  # noqa: F401
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
