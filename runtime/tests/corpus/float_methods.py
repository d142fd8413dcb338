# float methods: is_integer, as_integer_ratio, hex, conjugate; int conversions
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 0.1, 2.0 ** 53, 2.0 ** 53 + 2, 5e-324]:
    print(repr(v), v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    print(v.is_integer())
    try:
        print(v.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d, d.bit_length())
print((3.75).real, (3.75).imag, (3.75).conjugate(), float.__name__)
print((1.5).__floor__() if hasattr(1.5, "__floor__") else "no __floor__", (2.7).__trunc__(), (2.5).__round__(), (2.567).__round__(2))
print((0.5).hex(), float.fromhex((0.1).hex()) == 0.1, float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("  0X1P-1074 "), float.fromhex("-0x0p0"), float.fromhex("0x1.0p0"))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(int(1.9999), int(-1.9999), int(1e19), int(-2.0 ** 70), int(0.9999999999999999))
print(float(7).is_integer(), (7.0).__int__(), (7.9).__int__(), abs(-7.5), (-7.5).__abs__())
print((1.0).__eq__(1), (1.0).__lt__(2), (1.0).__add__("x"), (2.0).__rpow__(3))
print((5.5).__mod__(2), (5.5).__rmod__(12), (5.5).__floordiv__(2), (5.5).__divmod__(2))
print(sorted([3.5, -1.0, 2.25, -0.0, 0.0, 1e-9]))
print(max([1.5, 2.5, 2.4]), min(0.1, 0.01, 0.001), sum([0.5, 0.25, 0.125]))
print(float.__doc__ is not None, isinstance(1.0, float), isinstance(1, float), type(1.0) is float)
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(" + float.__repr__(self) + ")"
m = MyFloat(2.5)
print(m, m + 1, type(m + 1).__name__, m * 2, m.is_integer(), str(m), float(m), MyFloat("1e3"))
# exactness checks via as_integer_ratio
for v in [0.5, 0.1, 1 / 3, 123.456, -2.75, 1e-10]:
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v, d & (d - 1) == 0)
print(sum(x.is_integer() for x in [0.0, 0.5, 1.0, 1.5, 2.0, 1e20, -3.0]))
print(float.__new__(float, "2.5"), float.__new__(MyFloat, 3) if False else MyFloat(3), issubclass(MyFloat, float))
print((0.1).__repr__(), (0.1).__str__(), (1e300 * 1e10).__repr__(), (-1.5).__neg__(), (2.5).__pos__())
