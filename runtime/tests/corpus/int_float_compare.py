# Exact comparisons between ints and floats, and numeric hashing consistency
import math
print(1 == 1.0, 0 == -0.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
big = 10 ** 400
print(big > 1e308, big < math.inf, -big > -math.inf, big == math.inf)
print(10 ** 400 > 1.7976931348623157e308, -(10 ** 400) < -1.7976931348623157e308)
nan = float("nan")
print(1 == nan, 1 < nan, 1 > nan, 1 != nan, big == nan, big < nan)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 3 * 0.1 == 0.3)
x = 2 ** 63
print(x == float(x), x - 1 == float(x - 1), x - 1 < float(x), float(x - 1))
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1 < 1.5 < 2, -1 > -1.5 > -2, 3 >= 3.0 <= 3)
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(True) == hash(1))
print(hash(1), hash(1.0), hash(-1), hash(-1.0), hash(-2), hash(0.5), hash(1.5), hash(-0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2.0 ** 61), hash(1e100), hash(math.inf), hash(-math.inf))
print(hash(10 ** 20) == hash(1e20), hash(10 ** 20), hash(1e20))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {}
d2[0.0] = "a"; d2[0] = "b"; d2[False] = "c"; d2[-0.0] = "d"
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s))
print(int(2.5) == 2, float(3) == 3, 7 / 7 == 1, type(7 / 7).__name__)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(2, 2.5), min(3, 2.9999))
print(sorted([3, 1.5, 2, -0.5, True, False, 2.0]))
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(1.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__)
print(math.isclose(0.1 + 0.2, 0.3), math.isqrt(10 ** 20 + 1), math.gcd(12, 18), math.gcd(0, 0))
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, int(1e23), 1e22 == 10 ** 22)
# comparisons at the edge of float precision
for k in range(50, 56):
    n = 2 ** k + 1
    f = float(n)
    print(k, n == f, n > f, int(f) == n, f == 2.0 ** k)
print(sorted([2 ** 53 + 1, float(2 ** 53), 2 ** 53 - 1, 9007199254740992]))
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, round(1e16) == 10 ** 16, int(1e16 + 2) - 10 ** 16)
print(-(2 ** 1000) < -1e300, 2 ** 1000 > 1e300, 2 ** 1023 < math.inf, (2 ** 1024) > 1.7976931348623157e308)
