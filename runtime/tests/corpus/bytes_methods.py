# bytes methods
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b"xxaxx".strip(b"x"))
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1), b"".split(), b"x".split(b"x"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join(b"%d" % i for i in range(3)))
print(b.upper(), b.lower(), b.title(), b.swapcase(), b"hello world".capitalize(), b"\xe9abc".upper())
print(b.find(b"o"), b.rfind(b"o"), b.find(b"zz"), b.index(b"W"), b.count(b"l"), b.count(b"l", 10), b.find(111), b.count(108))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"."))
print(b.startswith(b"  H"), b.endswith((b"x", b"o  ")), b"abc".startswith(b"b", 1), b"abc".endswith(b"ab", 0, 2))
print(b"abc".center(9, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"42".zfill(5), b"-42".zfill(5))
print(b"a=1".partition(b"="), b"a=1=2".rpartition(b"="), b"noeq".partition(b"="))
print(b"line1\nline2\r\nline3".splitlines(), b"l1\nl2\n".splitlines(True))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\xe9".isalpha(), b"".isdigit())
print(b"\x00\x7f".isascii(), b"\x80".isascii(), b"a\tb".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print(b"%s-%d-%05.1f-%x-%c-%%" % (b"s", 42, 3.14159, 255, 66), b"%(a)s" % {b"a": b"dict"})
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(b"abc".__len__(), b"ab".__add__(b"c"), b"ab".__mul__(2), b"ab".__contains__(b"b"), b"ab".__getitem__(-1))
data = b"key1=val1;key2=val2;flag"
parsed = {}
for item in data.split(b";"):
    k, _, v = item.partition(b"=")
    parsed[k.decode()] = v.decode() or None
print(parsed)
print(bytes(reversed(b"stressed")), b"".join(bytes([c]) for c in b"abc" if c != 98))
