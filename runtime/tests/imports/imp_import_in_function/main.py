"""Imports inside functions bind local names and run the module at call time;
`global` makes them bind globals; an import in a class body binds a class
attribute."""
import sys


def f():
    import helper
    from helper import VALUE as v
    return helper.__name__, v, sorted(locals())


print("defined f")
print("helper" in sys.modules)
print(f())
print("helper" in globals(), "v" in globals())


def g():
    global helper
    import helper


g()
print("helper" in globals(), helper.VALUE)


class C:
    import helper as h
    from helper import VALUE


print(C.h.__name__, C.VALUE, "h" in globals())
