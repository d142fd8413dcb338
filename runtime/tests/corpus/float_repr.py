# Shortest round-trip float repr and str
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 0.0001, 0.00001234, 1.5e300, -1.5e-300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 12345.678, 3.14159,
        0.5, 0.25, 0.125, 1e100, 9.999999999999999e15, 1e17 + 1, 2.0 ** 60, 2.0 ** -20]
for v in vals:
    print(repr(v), str(v), v)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan), str(nan))
print([0.1, -0.0, inf, nan], (1e16,), {"k": 1e-7})
print(1e16 - 1, 1e16 + 2, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(float(10 ** 16), float(10 ** 15), float(2 ** 53), float(-(2 ** 63)))
print(1.0e0, 1_000.5, 1_0e1_0, .5, 5., 0e0, -0e5)
print(4.35, 4.35 * 100, 0.57 * 100, 1.15 * 100, 2.675)
print(1e-4, 1e-3, 123e-7, 0.000123, 1234567890123456.7, 12345678901234567.0)
print(float.hex(1.0), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (-0.0).hex(), inf.hex(), (5e-324).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print(math_max := 1.7976931348623157e308 * 10, -math_max, 1e308 * 10 - 1e308 * 10)
print(5e-324 / 2, -5e-324 / 2, 5e-324 * 0.6)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, round(x, 10) == 1.0)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(str(1.0 / 7), str(22.0 / 7), str(355.0 / 113))
print(f"{0.1}", f"{1e16}", f"{-0.0}", f"{nan}", "%s %r" % (1e-5, 1e22))
# repr round-trips for a range of magnitudes
for e in range(-8, 25, 4):
    v = 1.2345 * 10.0 ** e
    print(e, repr(v), float(repr(v)) == v)
for v in [1 / 7, 2 / 7, 3 / 7, 10 / 3, 1e23 / 3]:
    print(repr(v), repr(-v), repr(v * 1000), repr(v / 1000))
for s in ["0.1", "0.10", "1.000", "1e0", "1.5e-10", "123456789012345678901234567890"]:
    print(s, repr(float(s)))
print(repr(2 ** 0.5), repr(10 ** 0.5), repr(1e-323), repr(1.0000000000000002), repr(0.9999999999999999))
print(str(1.0e15), str(1.0e16), str(123456789.123456789), str(-1e-4), str(-1e-5))
print([float(i) / 4 for i in range(-4, 5)])
print(repr(float(2 ** 63)), repr(float(2 ** 64 - 1)), repr(float(10 ** 17 + 1)))
for k in range(1, 8):
    x = k / 10
    print(k, repr(x), repr(x * 3), repr(x + 0.1), repr(round(x * 3, 10)))
