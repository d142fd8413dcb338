# String indexing and slicing, including non-ASCII code points
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[:5], s[7:], s[-6:-1], s[::2], s[1::3], s[::-1], s[-1:-8:-2], s[100:], s[:100], s[5:2])
print(repr(s[3:3]), repr(s[-100:-50]), s[-100:3], s[::-100], s[0:0:-1] == "")
u = "héllo wörld ☃ 😀 ∑"
print(len(u), u[1], u[7], u[12], u[14], u[-1], u[::-1])
print([c for c in u if ord(c) > 127], [ord(c) for c in "é☃😀"])
print(u[12:15], u[-3:], u[::3], u.upper(), u.title())
print("\u00e9" == "é", "\N{SNOWMAN}", "\U0001F600" == "😀", "\x41\x42", "\101\102", len("\U0001F600"))
for start in (None, 0, 2, -3, 10):
    print(start, ["abcdef"[start:stop:step] for stop in (None, 3, -1, 20) for step in (None, 2, -1, -2)])
print(["abcdef"[i:j:k] for i, j, k in [(None, None, -1), (4, 1, -1), (1, 4, -1), (-2, None, -2), (None, -4, -1), (5, None, -3)]])
t = "abcdefghij"
for step in (1, 2, 3, -1, -3, 9, -9, 11):
    print(step, t[::step], t[2:8:step], t[8:2:step])
print(t[slice(2, 6)], t[slice(None, None, -2)], t[slice(-3, None)])
for i in (10, -11, 100):
    try:
        print(t[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    t[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    t["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    t[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print(t[True], t[-True], t[False:True + 2])
print(type(t[0]).__name__, t[0] is t[0:1] or t[0] == t[0:1], "".join(reversed(t)))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, list("abc"), tuple("xy"), list(""), [*"hey"])
print(min("hello"), max("hello"), sorted("hello"), sorted("Hello", reverse=True))
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, ("-" * 10 + "|") * 2)
