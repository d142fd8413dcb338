# bytes literals, indexing, slicing, constructors, repr
b = b"Hello\x00\xff\n'\"\\"
print(b, repr(b), len(b), type(b).__name__)
print(b[0], b[-1], b[5], b[6], b[:5], b[-3:], b[::2], b[::-1], b[100:], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"", b"'", b'"', b"'\"", b"\t\r\x7f\x80", rb"\x00\n", B"upper", Rb"\q")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes((x * 17 for x in range(4))), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("00ff"))
print(b"abc" + b"def", b"ab" * 3, 2 * b"x", b"a" in b"cat", 97 in b"cat", b"" in b"x", 300 in b"x" if False else 120 in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" < b"ab", b"abc" == "abc", b"a" == bytearray(b"a"), b"\x00" < b"\x00\x00")
print(list(b"hi!"), [c for c in b"\x01\x02"], sum(b"\x01\x02\x03"), max(b"azm"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b.hex(), b"\x01\xab".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), b"".hex())
print(bytes([0, 127, 128, 255]), repr(bytes(range(30, 40))), bytes(range(0x7e, 0x82)))
for bad in [[256], [-1], ["a"], 1.5, "text"]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + b"def"
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" in b"xyz")
except TypeError as e:
    print("TypeError:", e)
try:
    print(256 in b"xyz")
except ValueError as e:
    print("ValueError:", e)
print(str(b"abc"), f"{b'q'}", "%s" % b"r", "%r" % b"s", ascii(b"\xff"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".decode(), b"abc"[1:2].decode() * 3)
print(b"\x41\102C", b"a\
b", len(b"\x00" * 1000), bytes(2) + bytes(1))
