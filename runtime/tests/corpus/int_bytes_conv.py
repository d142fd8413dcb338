# int.to_bytes / int.from_bytes
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1, 0x0102030405]:
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"))
print((1024).to_bytes(2, byteorder="big"), (1024).to_bytes(2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((0).to_bytes(0, "big"), (5).to_bytes(), (200).to_bytes(1))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01"), int.from_bytes(b"\xfe", signed=True))
big = 2 ** 100 + 12345
bb = big.to_bytes(13, "big")
print(bb, len(bb), int.from_bytes(bb, "big") == big)
print(int.from_bytes(big.to_bytes(20, "little"), "little") == big)
for n in range(-300, 301, 37):
    b = n.to_bytes(2, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True))
cases = [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True), (2 ** 64, 8, "little", False)]
for n, length, order, signed in cases:
    try:
        print(n.to_bytes(length, order, signed=signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError:", e)
print((-128).to_bytes(1, "big", signed=True), (255).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"hello", "big"), hex(int.from_bytes(b"hello", "little")))
