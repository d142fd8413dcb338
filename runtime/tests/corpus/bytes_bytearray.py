# bytearray: mutation, methods, slicing, conversions
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba, len(ba))
ba[2:6] = b""
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-1, 45)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(33)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c == bytearray(), bytearray() == b"")
ba += b"xyz"
print(ba)
ba *= 2
print(ba)
print(bytearray(4), bytearray([1, 2, 255]), bytearray("é", "utf-8"), bytearray(b"abc") + b"def", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
z = bytearray(b"0123456789")
z[::3] = b"ABCD"
print(z)
z[1::3] = [120, 120, 120]
print(z)
try:
    z[::3] = b"AB"
except ValueError as e:
    print("ValueError:", e)
for bad in [256, -1]:
    try:
        z[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    z[0] = b"a"
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    z.append(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
m = bytearray(b"Mixed Case")
print(m.upper(), m.lower(), m.split(), m.replace(b" ", b"_"), m.find(b"C"), m.decode(), bytes(m), m.hex())
print(bytearray.fromhex("41 42"), m.startswith(b"Mix"), m.strip(b"Me"), m.count(b"e"), m.index(b"x"))
m[0:0] = b">>"
print(m, m == b">>Mixed Case", m < b">?", list(m[:3]))
m[len(m):] = b"<<"
print(m)
print(bytearray(b"ab") * 3, bytearray(b"") or "empty", bool(bytearray(1)))
