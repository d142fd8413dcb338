# Format specs for strings: alignment, fill, width, precision (truncation)
words = ["", "a", "abc", "hello", "longer text", "é☃😀"]
specs = ["", "5", "<5", ">5", "^5", "*^5", "-<7", "0>6", ".2", "8.3", "^9.1", ">3.10", "s", "10s", ".0", "_^6"]
for spec in specs:
    print(f"{spec!r:>7}:", "|".join(format(w, spec) for w in words))
print("{:*^20}".format(" centered "), "{:~<12}".format("left"), "{:#>12}".format("right"), "{:{}^{}}".format("x", "=", 7))
print("[{:^6}]".format("ab"), "[{:^6}]".format("abc"), "[{:^7}]".format("ab"), "[{:^1}]".format("abc"))
print(format("x", "<0"), format(None, ""), format(None, ">6") if False else repr(format([1], "")), format((1, 2), ""))
for bad in ["d", "=5", "+5", " 5", "#5", "05" if False else ",", "x"]:
    try:
        print(repr(format("abc", bad)))
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1, 2], "5")
except TypeError as e:
    print("TypeError:", e)
print(repr(format("abc", "05")), repr(format("abc", "0<5")), repr(format("abc", "{<5" if False else "{<5")))
table = [("Name", "Qty", "Price"), ("widget", 3, 2.5), ("gadget", 12, 10.0), ("thingamajig", 100, 0.125)]
for row in table:
    if row[0] == "Name":
        print("{:<12}|{:>5}|{:>8}".format(*row))
        print("-" * 12 + "+" + "-" * 5 + "+" + "-" * 8)
    else:
        print("{:<12.10}|{:>5d}|{:>8.2f}".format(*row))
fills = "*-=+#0 ."
for f in fills:
    print(repr(format("mid", f + "^9")), repr(format(42, f + ">6")), repr(format(-3.5, f + "<8")))
# alignment with computed widths and fills from variables
for fill, align in [("*", "<"), ("-", ">"), (" ", "^"), ("0", "="), ("{", "^"), ("}", ">")]:
    try:
        print(repr(f"{42:{fill}{align}8}"), repr(f"{'ab':{fill}{align if align != '=' else '<'}6}"))
    except ValueError as e:
        print("ValueError:", e)
cols = ["id", "description", "n"]
data = [(1, "first item", 10), (22, "second, longer item", 200), (333, "x", 3000)]
widths = [max(len(str(r[i])) for r in data + [tuple(cols)]) for i in range(3)]
print(" | ".join(f"{c:^{w}}" for c, w in zip(cols, widths)))
print("-+-".join("-" * w for w in widths))
for r in data:
    print(" | ".join(f"{v:>{w}}" if isinstance(v, int) else f"{v:<{w}}" for v, w in zip(r, widths)))
