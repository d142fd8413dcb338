# trigonometric and hyperbolic functions (rounded to 12 decimals)
import math


def r(x):
    v = round(x, 12)
    return 0.0 if v == 0 else v


angles = [0, 30, 45, 60, 90, 120, 180, 270, 360, -45]
for deg in angles:
    rad = math.radians(deg)
    print("%4d" % deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg % 180 != 90 else "undef")

print(math.sin(0), math.cos(0), math.tan(0), repr(math.sin(-0.0)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.asin(-0.5)), math.acos(1))
print(r(math.atan(math.inf)), r(math.atan(-math.inf)))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0), (0.0, -0.0), (-0.0, -0.0)]:
    print("atan2", y, x, r(math.atan2(y, x)))
print(math.degrees(math.pi), math.degrees(math.pi / 2), math.radians(180) == math.pi)
print(r(math.degrees(1)), r(math.radians(1)))
for v in [0.0, 0.5, 1.0, -2.0]:
    print("hyp", v, r(math.sinh(v)), r(math.cosh(v)), r(math.tanh(v)))
print(r(math.asinh(1)), math.acosh(1), r(math.acosh(2)), r(math.atanh(0.5)), math.atanh(0))
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(math.inf), math.cosh(-math.inf))
for fn, arg in [(math.asin, 1.5), (math.acos, -1.0001), (math.acosh, 0.5), (math.atanh, 1),
                (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf)]:
    try:
        fn(arg)
        print(fn.__name__, "no error")
    except ValueError as e:
        print(fn.__name__, arg, "->", e)
try:
    math.cosh(1000)
except OverflowError as e:
    print("cosh overflow:", e)

# identities
for x in [0.1, 0.7, 1.3, 2.9, -1.1]:
    s, c = math.sin(x), math.cos(x)
    print(x, math.isclose(s * s + c * c, 1.0), math.isclose(math.tan(x), s / c),
          math.isclose(math.cosh(x) ** 2 - math.sinh(x) ** 2, 1.0))

# an analytic table: sum of sin over a full circle of 12 points is ~0
total = sum(math.sin(2 * math.pi * k / 12) for k in range(12))
print(abs(total) < 1e-12)
