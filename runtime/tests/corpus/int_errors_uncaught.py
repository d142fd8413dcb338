# Int error messages, finishing with an uncaught exception
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - None,
    lambda: [1] * 2.0,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 5 < "5",
    lambda: int("12x"),
    lambda: int("10", 40),
    lambda: 2 ** "3",
    lambda: 10 % "x",
    lambda: divmod(1, "a"),
    lambda: abs("5"),
    lambda: int([]),
    lambda: 1 .foo,
    lambda: (10).to_bytes(1, "big", signed=True) + (1000).to_bytes(1, "big"),
    lambda: round(5, 1.5),
    lambda: sum(["a", "b"]),
    lambda: 1 @ 2,
    lambda: (2 ** 10000) * 1.0,
]
for i, t in enumerate(tests):
    try:
        print(i, "ok", t())
    except Exception as e:
        print(i, type(e).__name__, e)
def check(label, fn):
    try:
        print(label, "=", fn())
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as e:
        print(label, "raised", type(e).__name__, "-", e)
check("int('inf')", lambda: int("inf"))
check("int(float('inf'))", lambda: int(float("inf")))
check("(10**400) / 1", lambda: (10 ** 400) / 1)
check("(10**400) // 1", lambda: len(str((10 ** 400) // 1)))
check("2 ** -1", lambda: 2 ** -1)
check("divmod(7, 0)", lambda: divmod(7, 0))
check("1 << 10**20", lambda: 1 << 10 ** 20)
check("math-free sqrt", lambda: (10 ** 400) ** 0.5)
check("int.from_bytes(5)", lambda: int.from_bytes(5, "big"))
check("(256).to_bytes(1)", lambda: (256).to_bytes(1, "big"))
check("bin(1.0)", lambda: bin(1.0))
check("int('0x1', 16)", lambda: int("0x1", 16))
check("int(' 1 _0')", lambda: int(" 1 _0"))
print(float(2 ** 1000) > 1e300)
print("about to overflow")
print(float(2 ** 1024))
print("not reached")
