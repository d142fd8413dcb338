# import ... as ...
import sys
import _imp_a as m
import _imp_a as m2
import math as mathematics

print(m is m2, m is sys.modules["_imp_a"])
print(m.__name__, m.f(10))
print(mathematics.__name__, mathematics.sqrt(81))
print("_imp_a" in globals(), "m" in globals())
print("math" in globals(), "mathematics" in globals())

import _imp_a

print(_imp_a is m)

# rebinding the alias does not affect the module
m = "shadowed"
print(m, _imp_a.CONST)

# import several modules in one statement, with aliases
import _imp_state as st, _imp_b as bee

print(st.__name__, bee.__name__, bee.h(1))
print(bee.which_a() is _imp_a)
