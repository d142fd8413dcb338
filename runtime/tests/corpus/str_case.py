# Case conversion methods and case predicates
samples = ["hello world", "HELLO WORLD", "Hello World", "hELLO wORLD", "they're bill's friends", "123abc DEF",
           "ǆungla", "straße", "ΣΊΣΥΦΟΣ", "İstanbul", "a1b2_c3", "", "  ", "éCOLE ü", "ﬁsh", "o'neil mc-donald"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower())
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".title(), "ǅ".istitle(), "ǅ".isupper())
print("abc".upper().lower() == "abc", "Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello"[0].upper() + "hello"[1:], " ".join(w.capitalize() for w in "the rain in spain".split()))
print("123".isupper(), "A123".isupper(), "a123".islower(), "1A".istitle(), "A1a".istitle(), "Aa Bb".istitle(), "Aa bb".istitle(), "AA".istitle())
print("mIxEd CaSe 42!".swapcase(), "mIxEd CaSe 42!".swapcase().swapcase())
print("x".title(), "XX YY".title(), "a-b_c d.e".title(), "3rd place".title(), "don't".capitalize(), "ABC".capitalize())
counts = {"upper": 0, "lower": 0, "other": 0}
for ch in "Hello World, ÀÉÎ õü 123!":
    if ch.isupper():
        counts["upper"] += 1
    elif ch.islower():
        counts["lower"] += 1
    else:
        counts["other"] += 1
print(counts)
# round trips and case-insensitive comparisons
pairs = [("Hello", "hELLO"), ("straße", "STRASSE"), ("ΣΑΣ", "σας"), ("İ", "i̇"), ("abc", "abd")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.upper() == b.upper(), a.casefold() == b.casefold())
def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
def snake_to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(w.capitalize() for w in rest)
for n in ["camelCase", "HTTPServer", "simple", "getHTTPResponseCode"]:
    print(n, camel_to_snake(n), snake_to_camel(camel_to_snake(n)))
print("ABC".lower().upper().swapcase().title(), "x Y z".swapcase().capitalize())
print([c.upper() for c in "äöüßæøå"], [c.lower() for c in "ÄÖÜẞÆØÅ"])
print("hello world".title().istitle(), "Hello world".istitle(), "HELLO".isupper() and not "HELLO".islower())
print(sorted(["b", "A", "a", "B"], key=str.casefold), sorted(["b", "A", "a", "B"], key=str.swapcase))
