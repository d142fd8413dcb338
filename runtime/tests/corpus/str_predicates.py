# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "12.5", "-1", "", " ", "abc", "abc123", "ABC", "a b", "\t\n", "٣", "²", "½", "Ⅻ", "①", "éà",
           "日本", "_id", "2x", "x2", "\x00", "\x7f", "é\u0301", "😀", "\u00a0", "\u3000", "a\u200bb", "if", "None", "class_"]
print("sample isdigit isdecimal isnumeric isalpha isalnum isspace isidentifier isprintable isascii")
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii())
def classify(ch):
    if ch.isspace():
        return "space"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "alpha"
    if ch.isprintable():
        return "punct"
    return "ctrl"
print([classify(c) for c in "Aa 1!\t\n漢Ω ω\x01"])
def parse_ints(text):
    out = []
    for tok in text.split():
        if tok.isdigit():
            out.append(int(tok))
        elif tok[:1] in "+-" and tok[1:].isdigit():
            out.append(int(tok))
    return out
print(parse_ints("1 22 x -3 +4 5.0 ٣٤ - +"))
print(all(c.isalnum() or c == "_" for c in "snake_case_42"), "snake_case_42".isidentifier(), "42snake".isidentifier())
# predicates across the Latin-1 range
latin = [chr(i) for i in range(0xa0, 0x100)]
print("alpha:", "".join(c for c in latin if c.isalpha()))
print("upper:", "".join(c for c in latin if c.isupper()))
print("lower:", "".join(c for c in latin if c.islower()))
print("numeric:", [c for c in latin if c.isnumeric()], [c for c in latin if c.isdigit()])
print("not printable:", [hex(ord(c)) for c in latin if not c.isprintable()])
ascii_classes = {}
for i in range(128):
    c = chr(i)
    key = (c.isalpha(), c.isdigit(), c.isspace(), c.isprintable())
    ascii_classes[key] = ascii_classes.get(key, 0) + 1
print(sorted(ascii_classes.items()))
print([s.isidentifier() for s in ["a", "_", "__init__", "1a", "a-b", "é", "a b", "ℵ", "𝔘"]])
print("".isalpha(), "".isspace(), "".isdigit(), "".isidentifier(), "".isprintable(), "".isascii())
