# strip family, replace, removeprefix/removesuffix, expandtabs
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("abc".strip(None)), repr("aaa".strip("a")))
print(repr("\u3000x\u2003".strip()), repr("\x1cq\x1f".strip()), repr("\x00a\x00".strip()), repr("\x00a\x00".strip("\x00")))
print(repr("www.example.com".strip("cmowz.")), repr("  a b  ".replace(" ", "")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("l", "L", 0), "hello".replace("l", "L", -1))
print("hello".replace("", "-"), "hello".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "a"), "abcabc".replace("abc", ""), "abc".replace("xyz", "q"))
print("ÄÖÜ straße".replace("ß", "ss"), "a.b.c".replace(".", "..", 1), "tab\there".replace("\t", "\\t"))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "prefix_body".removesuffix("_body"), "x".removesuffix(""))
print("abcabc".removeprefix("abc"), "".removeprefix("a"), "aa".removesuffix("a"))
for t in ["a\tb", "\t", "ab\tc\td", "12345678\tx", "1234567\tx", "a\tb\nc\td", "\t\t", "x\r\ty"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)))
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace(1, "b")
except TypeError as e:
    print("TypeError:", e)
def normalize(line):
    return " ".join(line.strip().split()).lower().replace(" ,", ",")
for line in ["  Hello   World  ", "\tA ,  B ,C", "", "   "]:
    print(repr(normalize(line)))
print("-".join(w.strip(".,!?") for w in "Hi, there! How are you?".split()))
# chains of string transformations
raw = "   --==[ Title: Some_Value ]==--   "
step1 = raw.strip()
step2 = step1.strip("-=")
step3 = step2.strip("[] ")
print(repr(step1), repr(step2), repr(step3))
key, _, value = step3.partition(": ")
print(key.lower(), value.replace("_", " ").upper(), value.removeprefix("Some").lstrip("_"))
print("a-b-c-d".replace("-", "+", 2), "x".replace("x", "xx").replace("xx", "y"), "1,000,000".replace(",", ""))
print(repr("\n\n text \n\n".strip("\n")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print("  a  ".strip() == "a", "ab".strip("ba") == "", "xyx".strip("x") == "y", "mississippi".replace("ss", "SS"))
