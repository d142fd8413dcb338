# Bitwise operations, shifts, bit_length, bit_count, including negatives
vals = [0, 1, 5, 12, -1, -5, -12, 255, -256]
for a in vals:
    print(a, bin(a), ~a, a << 3, a >> 1, a >> 10, a & 0xF, a | 0xF0, a ^ -1)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, -(2 ** 35))]:
    print(a, b, a & b, a | b, a ^ b)
print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 100, (-1 << 100) >> 99, -(1 << 100) >> 200, (1 << 100) >> 200)
print(-7 >> 1, -7 >> 2, -8 >> 3, -9 >> 3, -1 >> 1000)
print(True << 4, True & False, True | False, True ^ True, type(True & True).__name__, type(True & 2).__name__)
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 100, -(2 ** 100), 2 ** 100 - 1]:
    print(n, n.bit_length(), n.bit_count())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 << 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 & 1.0)
except TypeError as e:
    print("TypeError:", e)
# popcount by hand vs bit_count
for n in [0, 1, 0b1011, 2 ** 64 - 1, 12345678901234567890]:
    c = 0
    m = n
    while m:
        m &= m - 1
        c += 1
    print(n, c, n.bit_count())
# masks
x = 0b1011_0110
print(bin(x & -x), bin(x & (x - 1)), bin(x | (x + 1)), bin(~x & 0xFF))
print(hex(0xDEADBEEF >> 16), hex((0xDEADBEEF << 4) & 0xFFFFFFFF))
print(oct(-8), hex(-255), bin(-5), hex(0), bin(0), oct(0))
