# Float arithmetic, floor division, modulo, special values
import math
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, divmod(a, b))
for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.3, 0.1), (1.0, 0.1), (-0.0, 1.0), (0.0, -1.0), (5.0, 3.0), (1e300, 1e-300)]:
    print(x, y, x // y, x % y, divmod(x, y))
inf, nan = math.inf, math.nan
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, inf > 1e308, -inf < -1e308)
print(1 / inf, -1 / inf, 5 % inf, -5 % inf, 5 // inf, -5 // inf, inf % 5 if False else "skip")
try:
    print(inf % 5)
except Exception as e:
    print(type(e).__name__, e)
print(nan + 1, nan * 0, nan == nan, nan < 1, nan > 1, max(nan, 1), max(1, nan), min(nan, 1))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 == 0.0, math.copysign(1, -0.0), math.copysign(1, 0.0))
print(abs(-0.0), abs(-inf), -(-0.0), +(-0.0))
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0, 10.0 ** 308)
try:
    print(10.0 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
r = (-8.0) ** (1 / 3)
print(type(r).__name__, round(r.real, 6), round(r.imag, 6))
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.7, 0.1 * 3 - 0.3, 1 - 0.9, 1e16 + 1.0, 2 ** 53 + 1.0)
print(3 * 1.5, 3 + 0.5, 3 - 0.5, 7 / 2, 7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(1.0 / 3 * 3, 0.1 * 0.1, 1.1 + 2.2, 3.3 - 1.1, 1e-10 * 1e10)
print(math.sqrt(2), math.sqrt(16.0), math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.fabs(-3))
print(math.fmod(-7.5, 2.0), -7.5 % 2.0, math.fmod(7.5, -2.0), 7.5 % -2.0)
print(math.pi, math.e, math.tau, math.pi * 2 == math.tau)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2.0, 4.0]))
print(math.hypot(3, 4), math.log(math.e), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
x = 1.0
n = 0
while x + 1.0 != x:
    x *= 2.0
    n += 1
print("precision bits:", n, x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print("epsilon:", eps, eps == 2.0 ** -52)
