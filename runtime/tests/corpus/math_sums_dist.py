# fsum, hypot, dist, isclose, isfinite/isinf/isnan
import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum(vals) == 1.0)
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([1, 2, 3]), type(math.fsum([1, 2, 3])).__name__, math.fsum([]))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
try:
    print(math.fsum([1e308, 1e308, -1e308]))
except OverflowError as e:
    print("fsum intermediate:", e)
print(math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("fsum:", e)
print(math.isnan(math.fsum([math.nan, 1.0])))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("fsum overflow:", e)
print(math.fsum(x / 10 for x in range(1, 101)))
print(math.fsum([2 ** 53, 1.0, 1.0]), 2.0 ** 53 + 1.0 + 1.0)

# hypot with several arguments (exact cases)
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(-8, 15), math.hypot(0, 0))
print(math.hypot(), math.hypot(7), math.hypot(-7.5), math.hypot(2, 3, 6), math.hypot(1, 2, 2, 4))
print(math.hypot(math.inf, math.nan), round(math.hypot(3e200, 4e200) / 1e200, 12), round(math.hypot(3e-200, 4e-200) * 1e200, 12))
print(round(math.hypot(1, 1), 12), round(math.hypot(1, 2, 3), 12))

# dist
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [3, 4, 7]), math.dist((5,), (-2,)))
print(round(math.dist((1.5, 2.5), (-0.5, 7.25)), 12), math.dist((), ()))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("dist:", e)

# isclose
cases = [
    (1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-12), (0.0, 0.0),
    (1e10, 1e10 + 1), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan),
    (100, 101),
]
for a, b in cases:
    print("isclose", a, b, math.isclose(a, b), math.isclose(a, b, abs_tol=1e-9),
          math.isclose(a, b, rel_tol=0.05))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("isclose:", e)

# predicates
for v in [0.0, -1.5, 1e308, math.inf, -math.inf, math.nan, 10 ** 300, True]:
    print(repr(v) if not isinstance(v, int) or v < 10 ** 10 else "10**300",
          math.isfinite(v), math.isinf(v), math.isnan(v))

# mean and standard deviation computed with fsum
data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, math.sqrt(var))

# nextafter / ulp (3.9+)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(2.0 ** 52))
print(math.nextafter(0.0, 1.0), math.ulp(0.0), math.nextafter(1.0, 1.0))
