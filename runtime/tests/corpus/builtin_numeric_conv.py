# ord/chr, hex/bin/oct, format, hash of ints and tuples, repr/ascii
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(127)), chr(233), chr(8364), chr(128512), repr(chr(0xa0)), repr(chr(0x2028)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "python"], chr(ord("z") - 25))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError:", e)
for n in [0, 1, 10, 255, -1, -255, 4096, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), [10, 20, 30, 40][Idx() // 42] if False else "idx")
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#b"), format(3.14159, ".2f"), format("s", ">3"), format(10 ** 6, ","), format(-42))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(True), hash(False), hash(None) == hash(None), hash(1.0), hash(0.0), hash(-0.0), hash(2.5), hash(-2.5), hash(1e-300) > 0)
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash(((1, 2), 3)), hash((None,)) == hash((None,)), hash((1, 2.0)) == hash((1, 2)))
print(hash(float("inf")), hash(float("-inf")), hash(float("nan")) == hash(float("nan")) if False else "nan-hash-skipped")
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 70)), len({H(1), H(1), H(2)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(repr(1), repr(1.0), repr("s"), repr(b"b"), repr([1, "2"]), repr(None), repr(...), repr(NotImplemented), repr(int), repr(len))
print(ascii("naïve ☃"), ascii([1, "ü"]), ascii(b"\xff"), ascii(1.5))
