# String comparison, ordering, identity-free equality, membership, hashing consistency
pairs = [("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("a", "B"), ("é", "z"), ("10", "9"), ("abc", "abc"),
         ("apple", "Apple"), ("😀", "\uffff"), ("a\x00", "a"), ("ß", "ss")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", "ápple", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "b" < "c", "a" < "c" < "b", "abc" == "ab" + "c", "abc" != "ABC".lower())
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" >= None)
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, "" == [], "abc" == ["a", "b", "c"], "x" != b"x")
print("ell" in "hello", "hello" in "ell", "" in "x", "X" in "xyz", "xy" in ["xy", "z"], "x" in ["xy"])
s = "the quick brown fox"
print([w for w in s.split() if "o" in w], sum(1 for c in s if c in "aeiou"))
d = {"abc": 1}
key = "ab" + "c"
print(d[key], key in d, "".join(["a", "b", "c"]) in d, hash("abc") == hash(key))
print(ord(max("hello world")), chr(ord("a") + 25), [chr(c) for c in range(ord("a"), ord("f"))])
print("abc".__eq__("abc"), "abc".__lt__("abd"), "abc".__eq__(1), "abc".__contains__("b"))
print(sorted(["b", "a", "C", "á", "A", "c"], key=lambda s: (s.casefold(), s)))
print("aaa" < "aab" < "ab" < "b", "a" * 100 < "a" * 101, "b" > "a" * 1000)
# ordering is by code point
chars = ["a", "A", "z", "Z", "0", "9", " ", "~", "é", "É", "ß", "_", "😀", "\x00"]
print("".join(sorted(chars)).encode("unicode_escape") if False else [hex(ord(c)) for c in sorted(chars)])
print(sorted(["a10", "a9", "a1", "a100"]), sorted(["", " ", "  "]), sorted(["abc", "ab", "abcd", "b"]))
print(max(["x", "xy", "xyz"]), min(["Z", "a"]), "Z" < "a", "z" > "Z" > "A" > "9" > "0" > " ")
print([s for s in ["alpha", "beta", "gamma", "delta"] if "a" in s and "l" not in s])
print(["na" in w for w in ("banana", "NA", "nan", "")], "".join(sorted(set("banana"))))
print(("a", "b") < ("a", "c"), ["b"] > ["a", "z"], "abc" < "abc\x00", "abc\x00" > "abc")
