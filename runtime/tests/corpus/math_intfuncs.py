# integer functions: gcd, lcm, factorial, comb, perm, isqrt, prod
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7))
print(math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(17, 31))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(2, 3, 4, 5), math.lcm(-4, 6))
print(math.lcm(*range(1, 21)))
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(100))))
print(sum(int(d) for d in str(math.factorial(100))))
for bad in [-1, 2.5, "3"]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print("factorial", repr(bad), type(e).__name__, e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print("gcd:", e)

print([math.comb(5, k) for k in range(7)])
print(math.comb(50, 25), math.comb(100, 3), math.comb(0, 0), math.comb(10, 11))
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(20, 10))
for a in [(-1, 2), (5, -1)]:
    try:
        math.comb(*a)
    except ValueError as e:
        print("comb", a, e)
try:
    math.perm(3, -2)
except ValueError as e:
    print("perm:", e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 41 + 7, 2 ** 127 - 1]:
    s = math.isqrt(n)
    print("isqrt", n, s, s * s <= n < (s + 1) ** 2)
try:
    math.isqrt(-1)
except ValueError as e:
    print("isqrt:", e)

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11)))
print(math.prod([1, 2], start=10), math.prod([], start="empty"), math.prod([3, "ab"]))
print(math.prod(x / 2 for x in range(1, 5)))
print(math.prod([10 ** 10] * 5) == 10 ** 50)

# Pascal's triangle via comb and a check of Vandermonde's identity
for n in range(7):
    print(" " * (6 - n) * 2 + "".join("%4d" % math.comb(n, k) for k in range(n + 1)))
m, n, r = 7, 5, 4
print(math.comb(m + n, r) == sum(math.comb(m, k) * math.comb(n, r - k) for k in range(r + 1)))

# bool and int subclasses are accepted
print(math.gcd(True, 4), math.factorial(True), math.comb(True, False))
