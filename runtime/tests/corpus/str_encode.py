# str.encode and bytes.decode with various codecs and error handlers
s = "héllo ☃ 😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, b, len(b), b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(s.encode(), s.encode("UTF8"), "abc".encode("ascii"), "".encode())
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors=errors))
print("é".encode("utf-8").hex(), "€".encode("utf-8").hex(" "), "😀".encode("utf-8").hex("-", 2))
raw = b"caf\xc3\xa9 \xff\xfe end"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    d = raw.decode("utf-8", errors)
    print(errors, repr(d), len(d))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"\xe2\x98\x83".decode(), b"\xe2\x98".decode("utf-8", "replace"), bytes([0xc3, 0xa9]).decode("latin-1"))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"ab"))
print(bytearray("ü", "utf-8"), bytes("ü", "utf-16-le"), list("ü".encode()))
for ch in ["A", "é", "€", "😀", "\x7f", "\x80", "\u07ff", "\u0800", "\uffff", "\U00010000"]:
    print(repr(ch), hex(ord(ch)), len(ch.encode("utf-8")), ch.encode("utf-8"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16-le"), "😀".encode("utf-16-le").decode("utf-16-le"))
print("abc".encode("utf-16"), b"\xff\xfea\x00".decode("utf-16"))
# round trips through several encodings
text = "Grüße, 世界! ☃"
for enc in ["utf-8", "utf-16", "utf-32", "utf-16-be"]:
    data = text.encode(enc)
    print(enc, len(data), data.decode(enc) == text, data[:6])
print(len(text), len(text.encode()), [len(c.encode()) for c in text])
print(text.encode("ascii", "ignore").decode(), text.encode("ascii", "replace").decode())
print(text.encode("latin-1", "xmlcharrefreplace").decode("latin-1"))
