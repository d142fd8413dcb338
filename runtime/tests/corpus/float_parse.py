# float() parsing from strings and other types
good = ["1", "1.5", "-1.5", "+1.5", "  2.5  ", "\n3\t", "1e3", "1E-3", ".5", "5.", "-.5e1", "1_000.25",
        "inf", "-inf", "+Infinity", "INF", "nan", "-NaN", "1e500", "-1e500", "1e-500", "0x10" if False else "10",
        "00012.500", "1.7976931348623157e308", "4.9e-324", "0.1e1_0", "١٫٥" if False else "٣"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1.5.5", "abc", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "- 1", "infinity!", "nan1", "1e5.0", "."]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(0), float(-0), float(10 ** 20), float(True), float(b"2.5"), float(bytearray(b"-1e2")))
for v in [None, [1.0], "x" if False else {}, 1j]:
    try:
        print(float(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 8
print(float(F()), float(I()))
class BadF:
    def __float__(self):
        return "no"
try:
    float(BadF())
except TypeError as e:
    print("TypeError:", e)
print(float("0.1") == 0.1, float("1e-1") == 0.1, float(repr(1 / 3)) == 1 / 3)
for x in [0.1, 1 / 3, 1e-300, 123456.789e10, 2.5e-7]:
    print(float(repr(x)) == x, float(str(x)) == x)
print(float("-0"), float("-0.0"), str(float("-0")))
print(float("  -1_2_3.4_5e-1_0  "))
