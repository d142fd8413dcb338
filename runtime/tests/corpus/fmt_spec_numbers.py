# Format specs for integers: types, sign, #, 0, grouping, width
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40]
specs = ["d", "5d", "<5d", "^7d", "+d", " d", "-d", "=+8d", "08d", "x", "X", "#x", "#X", "#010x", "o", "#o",
         "b", "#b", ",d", "_d", "_x", "_b", "#_b", ",", "n", "e", ".2f", "%", "g", "*>12,d", "0=+12,d", "+#x", "010"]
for spec in specs:
    print(f"{spec!r:>10}:", " ".join(repr(format(v, spec)) for v in ints))
for c in [65, 97, 0x263A, 0x1F600, 10]:
    print(repr(format(c, "c")), repr(format(c, ">4c")))
for v, spec in [(True, "d"), (False, "#x"), (True, ">5"), (True, ""), (True, "^5s" if False else "^5")]:
    print(repr(format(v, spec)))
errors = [(5, "s"), (5, ".2d"), (5, ",x"), (5, "+c"), (-1, "c"), (0x110000, "c"), (5, "z"), (5, "=s" if False else "#c"), (5, "1,,d")]
for v, spec in errors:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(format(10 ** 25, ","), format(-10 ** 25, "_x"), format(10 ** 25, "e"), format(2 ** 64, "#_o"))
print("{:,}".format(1000), "{:,}".format(999), "{:,}".format(-1000000), "{:_}".format(12345678))
print("{0:b} {0:o} {0:x} {0:#X} {0:d}".format(3735928559))
print("{:=10}".format(-5), "{:010}".format(-5), "{:+010}".format(5), "{: 010}".format(5), "{:0<5}".format(7))
print("{:08,}".format(1234), "{:09,}".format(1234), "{:010,}".format(1234), "{:012_}".format(123456))
print("{:#010b}".format(5), "{:#10b}".format(5), "{:<#10b}|".format(5), "{:^#10o}|".format(8))
# building a numeric report with nested specs
rows = [("alpha", 1234.5, -3), ("beta", -0.25, 42), ("gamma", 1e6, 0)]
for name, val, delta in rows:
    print(f"{name:<8}|{val:>14,.2f}|{delta:+5d}|{delta:#06x}|{abs(delta):b}")
for width in (1, 4, 8):
    print(repr(format(-12, f"0{width}d")), repr(format(12, f"+0{width}")), repr(format(12, f"^{width}")))
for v in (0, 1, -1, 2 ** 31 - 1, -(2 ** 31)):
    print(f"{v:#034b}", f"{v:#012X}", f"{v & 0xFFFFFFFF:08x}")
print(format(1234567, "_o"), format(1234567, "_X"), format(-1234567, "#_x"))
print(format(True, ","), format(False, "+"), format(-0, "+d"), format(0, "-"), format(0, " "))
print(int.__format__(255, "x"), (1000).__format__(","), format(10, "%"), format(1, ".0%"), format(3, "E"))
class Big(int):
    pass
print(format(Big(1 << 70), ","), format(Big(-5), "08b"), f"{Big(77):>6}")
for base, spec in [(2, "b"), (8, "o"), (16, "x")]:
    for v in (5, 100, 4095):
        s = format(v, spec)
        print(base, v, s, int(s, base) == v, format(v, "#" + spec), int(format(v, "#" + spec), 0))
