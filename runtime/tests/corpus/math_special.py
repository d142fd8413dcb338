# erf, erfc, gamma, lgamma, exact results where possible
import math


def r(x):
    return round(x, 10)


print(math.erf(0), math.erfc(0), math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf))
for x in [0.1, 0.5, 1.0, 1.5, 2.0, -1.0, 3.0]:
    print("erf", x, r(math.erf(x)), r(math.erfc(x)), r(math.erf(x) + math.erfc(x)))
print(r(math.erf(6)), math.erfc(30) < 1e-300)

# gamma at positive integers is exact (n-1)!
for n in range(1, 16):
    g = math.gamma(n)
    print("gamma", n, g, g == math.factorial(n - 1))
print(r(math.gamma(0.5) ** 2), r(math.pi))
print(r(math.gamma(1.5)), r(math.gamma(2.5)), r(math.gamma(-0.5)), r(math.gamma(-1.5)))
print(math.gamma(171) > 1e306)
for bad in [0, -1, -2.0]:
    try:
        math.gamma(bad)
    except ValueError as e:
        print("gamma", bad, "->", e)
try:
    math.gamma(172)
except OverflowError as e:
    print("gamma(172) ->", e)
print(math.gamma(math.inf), math.isnan(math.gamma(math.nan)))

# lgamma
print(math.lgamma(1), math.lgamma(2), r(math.lgamma(10)), r(math.log(math.factorial(9))))
print(r(math.lgamma(0.5)), r(math.lgamma(100)), r(math.lgamma(-0.5)), math.lgamma(math.inf))
try:
    math.lgamma(-3)
except ValueError as e:
    print("lgamma(-3) ->", e)

# a normal distribution cdf table built from erf
def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


for z in [-3, -2, -1, 0, 1, 2, 3]:
    print("phi(%+d) = %.6f" % (z, phi(z)))

# Stirling's approximation relative error shrinks
for n in [5, 10, 20, 50]:
    stirling = math.sqrt(2 * math.pi * n) * (n / math.e) ** n
    print(n, "%.4e" % (1 - stirling / math.factorial(n)))
