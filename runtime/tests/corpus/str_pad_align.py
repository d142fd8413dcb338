# center, ljust, rjust, zfill
for w in [0, 3, 5, 6, 7, 10, 11]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")))
print(repr("abcd".center(7, "#")), repr("abcd".center(8, "#")), repr("".center(3, "x")), repr("a".center(4)))
print(repr("x".ljust(5, "é")), repr("☃".rjust(3, "·")), repr("ab".ljust(-1)))
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "0042", "+-1", "42" * 3]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(0)))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".ljust(10, "")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".rjust("10")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".zfill()
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("kiwi", 100, 12.0)]
print("+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 8 + "+")
for name, qty, price in rows:
    print("|" + name.ljust(10) + "|" + str(qty).rjust(6) + "|" + ("%.2f" % price).center(8) + "|")
print("+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 8 + "+")
for i in range(1, 6):
    print(("*" * (2 * i - 1)).center(9, "."))
print(str(7).zfill(3), str(-7).zfill(3), format(7, "03d"), f"{-7:03}", "%03d" % -7)
# justifying non-ASCII and numbers as strings
for s in ["é", "日本", "😀😀", "a\tb"]:
    print(repr(s.center(6, ".")), repr(s.ljust(5, "_")), repr(s.rjust(5, "_")), len(s.center(6)))
nums = [1, 22, 333, -4444, 55555]
width = max(len(str(n)) for n in nums)
for n in nums:
    print(str(n).rjust(width), str(n).zfill(width + 1), str(abs(n)).center(width + 2, "~"))
print("|".join(w.ljust(6) for w in ["a", "bb", "ccc"]) + "|")
print("abc".center(2), "abc".ljust(3, "!"), "".rjust(0), "x".center(2, "+"), "x".center(3, "+"))
