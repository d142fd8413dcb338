# expected: by hand
"""`lazy` is a soft keyword: everywhere except in front of import/from it is an
ordinary name, and a module may be called `lazy`.
"""
import sys

# PEP 810 §Grammar: `lazy` is an ordinary identifier as a variable
lazy = 1
print(lazy)
lazy += 1
print(lazy)
lazy = [lazy, lazy]
print(lazy[0] + lazy[1])


# PEP 810 §Grammar: ... as a function name
def lazy(n):
    return n * 2


print(lazy(21))
print(lazy.__name__)


# PEP 810 §Grammar: ... as a class attribute, a parameter and a comprehension variable
class Holder:
    lazy = "class attribute"


print(Holder.lazy)


def plus_one(lazy):
    return lazy + 1


print(plus_one(lazy=41))
print([lazy for lazy in range(3)])

# PEP 810 §Grammar: `import lazy` and `from lazy import x` import a module named lazy
import lazy

print(type(lazy).__name__, lazy.WHO)
from lazy import WHO as who

print(who)
# a statement that starts with the name `lazy` but is not an import
lazy.extra = "set via attribute"
print(lazy.extra)
# PEP 810 §Grammar: the keyword followed by a module that is itself called lazy
lazy import lazy as lazy_again
lazy from lazy import WHO as who_again
print(lazy_again is lazy, who_again)
print("lazy" in sys.modules)
