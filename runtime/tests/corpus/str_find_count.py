# find, rfind, index, rindex, count, startswith, endswith, in
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.find("bra", 2, 11), s.find("z"))
print(s.rfind("a"), s.rfind("bra"), s.rfind("bra", 0, 10), s.rfind("z"), s.rfind(""), s.find(""))
print(s.find("", 5), s.find("", 11), s.find("", 12), s.rfind("", 3, 6), s.find("a", -3), s.rfind("a", -5, -1))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, 5))
for args in [("z",), ("a", 11), ("bra", 2, 8)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError:", e)
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 1), s.count("a", 1, -1), s.count("abra"), "aaaa".count("aa"))
print("".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 5))
print(s.startswith("abra"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("bra"), s.endswith("abr", 0, 4), s.endswith(("z", "ra")), s.endswith("a", 0, 1), s.endswith("", 20))
print(s.startswith("a", -1), s.startswith("abra", 7), s.endswith("abra", -4), s.startswith(()))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
print("bra" in s, "" in s, "BRA" in s, "a" not in "xyz", "☃" in "snow☃man", "" in "")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
u = "日本語テキスト日本"
print(u.find("本"), u.rfind("本"), u.count("日本"), u.index("テ"), u.startswith("日本"), u.endswith("日本"))
def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
print(find_all(s, "a"), find_all(s, "abra"), find_all("aaaa", "aa"), find_all("xyz", "q"))
print(s.partition("c"), s.rpartition("a"), s.partition("z"), s.rpartition("z"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "".partition("x"), "abc".partition("abc"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
