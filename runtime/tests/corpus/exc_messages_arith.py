# CPython messages for arithmetic errors
import math


def show(label, thunk):
    try:
        r = thunk()
        print("%-22s -> %r" % (label, r))
    except Exception as e:
        print("%-22s -> %s: %s" % (label, type(e).__name__, e))


show("1 / 0", lambda: 1 / 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1 / 0.0", lambda: 1 / 0.0)
show("0.0 / 0.0", lambda: 0.0 / 0.0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0.0", lambda: 1.0 % 0.0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("10**100 // 0", lambda: 10 ** 100 // 0)
show("True / False", lambda: True / False)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("pow(2, -1, 5)", lambda: pow(2, -1, 5))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(2, 3, 0)", lambda: pow(2, 3, 0))
show("math.sqrt(-1)", lambda: math.sqrt(-1))
show("math.log(0)", lambda: math.log(0))
show("math.log(-5)", lambda: math.log(-5))
show("math.acos(2)", lambda: math.acos(2))
show("math.exp(1000)", lambda: math.exp(1000))
show("2.0 ** 10000", lambda: 2.0 ** 10000)
show("float(10**400)", lambda: float(10 ** 400))
show("10**400 / 1", lambda: 10 ** 400 / 1)
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("math.factorial(-1)", lambda: math.factorial(-1))
show("int(float('inf'))", lambda: int(float("inf")))
show("int(float('nan'))", lambda: int(float("nan")))
show("round(float('inf'))", lambda: round(float("inf")))
show("(-8) ** 0.5 type", lambda: type((-8) ** 0.5).__name__)
show("-1 ** 0.5", lambda: -1 ** 0.5)
show("(-1.0) ** 0.5 real", lambda: round(((-1.0) ** 0.5).imag, 12))

# ZeroDivisionError is an ArithmeticError
try:
    5 % 0
except ArithmeticError as e:
    print("ArithmeticError caught:", type(e).__name__, e.args)

# and OverflowError too
try:
    math.exp(1e6)
except ArithmeticError as e:
    print("ArithmeticError caught:", type(e).__name__, e.args)
