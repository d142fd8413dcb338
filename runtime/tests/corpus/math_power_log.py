# sqrt, pow, exp, log family; transcendental results are rounded to 12 places
import math


def r(x):
    return round(x, 12)


print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100), math.sqrt(-0.0))
print(math.sqrt(10 ** 20), math.sqrt(3) * math.sqrt(3) == 3, repr(math.sqrt(3) * math.sqrt(3)))
print(math.isqrt(10 ** 20), math.sqrt(2 ** 60) == 2 ** 30)
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(2, math.inf), math.pow(0.5, math.inf))
print(2 ** 0.5 == math.sqrt(2), 10 ** -2, 2 ** -3, (-2) ** 3, (-2.0) ** 2)
for bad in [(-8, 1 / 3), (0, -1)]:
    try:
        print(math.pow(*bad))
    except ValueError as e:
        print("pow", bad, "->", e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("pow overflow:", e)

print(math.exp(0), r(math.exp(1)), r(math.exp(-1)), r(math.exp(2.5)), math.exp(-math.inf))
print(math.exp(-1000), r(math.expm1(1e-10) * 1e10), r(math.expm1(1)))
print(math.log(1), r(math.log(math.e)), r(math.log(10)), r(math.log(0.5)))
print(r(math.log(8, 2)), r(math.log(100, 10)), r(math.log(81, 3)), r(math.log(2, 8)))
print(math.log2(8), math.log2(1024), math.log2(0.125), r(math.log2(10)))
print(math.log10(1000), math.log10(1e-5), math.log10(1), r(math.log10(2)))
print(r(math.log1p(1e-10) * 1e10), r(math.log1p(1)), math.log1p(0))
print(r(math.log(2 ** 1000, 2)), r(math.log(10 ** 400)), math.log2(2 ** 1100))
print(math.log(math.inf), math.exp(math.inf))
for fn, arg in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -1),
                (math.log1p, -1), (math.log, 0.0), (math.sqrt, -1e-300)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, arg, "->", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("log base 1 ->", type(e).__name__, e)
try:
    math.log(-(10 ** 400))
except ValueError as e:
    print("log of huge negative int ->", e)

# integer exponentiation stays exact, float is approximate
print(3 ** 40, 3.0 ** 40 == 3 ** 40, int(3.0 ** 40) - 3 ** 40)
print(pow(3, 40, 1000007), pow(-3, 3), pow(2, -2), pow(7, 0))
