# floor, ceil, trunc return ints; plus fabs, fmod, modf, frexp, ldexp, copysign
import math

vals = [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e20, -7.999999, 123456789.987654321]
for v in vals:
    fl, ce, tr = math.floor(v), math.ceil(v), math.trunc(v)
    print(repr(v), fl, ce, tr, type(fl).__name__, type(ce).__name__, type(tr).__name__)

print(math.floor(7), math.ceil(-7), math.trunc(10 ** 30), math.floor(True))
print(math.floor(1e300) == 10 ** 300, math.floor(1e300) % 10 ** 10)
for bad in [math.inf, -math.inf, math.nan]:
    for fn in (math.floor, math.ceil):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, repr(bad), type(e).__name__, e)


class HasFloor:
    def __floor__(self):
        return "custom floor"

    def __ceil__(self):
        return 99

    def __trunc__(self):
        return -1


h = HasFloor()
print(math.floor(h), math.ceil(h), math.trunc(h))

print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5), type(math.fabs(-3)).__name__)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2))
print(-7 % 3, 7 % -3, -7.5 % 2)
print(math.fmod(1e20, 3.0), math.fmod(0.0, 1.0), math.fmod(-0.0, 1.0))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("fmod:", e)
for x in [3.75, -3.75, 0.5, -0.0, 1e16 + 0.5, 7.0, math.inf]:
    print("modf", repr(x), math.modf(x))
for x in [1.0, 8.0, 0.1, -3.5, 0.0, 1e-310, 1e300, 6.02e23]:
    m, e = math.frexp(x)
    print("frexp", repr(x), repr(m), e, math.ldexp(m, e) == x)
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(3, 0), math.ldexp(1.0, -1074))
print(math.ldexp(1.0, -1075), math.ldexp(-1.0, -1080))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print("ldexp:", e)
print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(2.5, -0.0), math.copysign(math.inf, -2))
print(math.copysign(0.0, -1), math.copysign(math.nan, 1) != 0)

# round() builtin banker's rounding vs math.floor(x + 0.5)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005]:
    print(repr(x), round(x), round(x, 2), math.floor(x + 0.5))
print(round(12345, -2), round(12355, -1), round(-25, -1), round(1.23456e10, -5))

# remainder (IEEE)
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, 2), math.remainder(7, 2))
