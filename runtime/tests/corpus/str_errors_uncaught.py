# String operation errors, ends with an uncaught TypeError
errs = [
    lambda: "abc" + 5,
    lambda: 5 + "abc",
    lambda: "abc" * "3",
    lambda: "abc" * 2.0,
    lambda: "abc" - "a",
    lambda: "abc"[5],
    lambda: "abc".index("z"),
    lambda: "abc".foo(),
    lambda: "abc".center(),
    lambda: "x".join([1]),
    lambda: "{}{}".format(1),
    lambda: "{0}{}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{:d}".format("s"),
    lambda: "%d" % "s",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%z" % 1,
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: "abc".encode("ascii").decode("utf-32"),
    lambda: str(b"\xff", "utf-8"),
    lambda: "a".startswith(1),
    lambda: len(5),
    lambda: "abc".count(),
    lambda: "-".join("a", "b"),
]
for i, f in enumerate(errs):
    try:
        r = f()
        print(i, "no error:", repr(r))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
name = "world"
print("greeting", name)
print("hello " + name + "!" * 3)
count = 3
print("items: " + count)
