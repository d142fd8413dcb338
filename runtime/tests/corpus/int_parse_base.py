# int() from strings and other types, with bases
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t\n42\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 2), int("777", 8), int("-1010", 2))
print(int("0", 0), int("00", 0), int("1_0", 0), int("0x_1f", 0), int("0b_1_0", 0))
print(int("12", 3), int("12", 5), int("a", 11), int("  -0x10  ", 16))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e10), int(True), int(False))
print(int(b"17"), int(bytearray(b"-23")), int(b"ff", 16))
print(int("١٢٣"), int("５"))
bad = ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12a", "--1", "+-1", "1 2", "0b2"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("08", 0), ("12", 2), ("g", 16), ("0x10", 10), ("z", 35), ("1", 1), ("1", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for v in [None, [1], 3j]:
    try:
        print(int(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
class HasTrunc:
    def __trunc__(self):
        return -4
print(int(HasInt()), int(HasIndex()), int("11", HasIndex()))
for s in ["0", "1", "-1", "255", "-255", "65535"]:
    n = int(s)
    print(s, bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16), int(oct(n), 8))
print(int("1" * 100, 2))
print(int("Z" * 30, 36))
