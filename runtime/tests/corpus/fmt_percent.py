# printf-style % formatting
print("%s %s" % ("a", "b"), "%d" % 42, "%i" % -3, "%u" % 7, "%5d|%-5d|%05d" % (42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %+.1f %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031, 1e-10, 1e20))
print("%x %X %#x %#X %o %#o %08x %-8X|" % (255, 255, 255, 255, 8, 8, 48879, 48879))
print("%c%c%c" % (72, "i", 0x263A), "%r %a %s" % ("é", "é", "é"), "%%", "100%%" % ())
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%r" % ((1, 2),), "%s" % {"a": 1})
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Bob", "age": 30})
print("%(x)5.1f|%(x)-8.3f|%(y)s" % {"x": 2.25, "y": None})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print("% d % d %+d %+d" % (5, -5, 5, -5), "%+5s|%-5s|" % ("ab", "ab"), "%.2s" % "abcdef", "%5.1s|" % "xyz")
print("%d %d %d" % (3.99, -3.99, True), "%x" % 3 if True else "", "%s" % 3.0, "%d" % 10 ** 20, "%.3d" % 7, "%+.3d" % 7)
print("%g %g %g %g %g" % (100000, 1000000, 0.0001, 0.00001, 123.456), "%#g %#x %#o" % (1.0, 0, 0))
print("%e" % 0, "%f" % float("inf"), "%f" % float("nan"), "%5.1f%%" % 99.44, "%s" % -0.0, "%.0f %.0f" % (0.5, 1.5))
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%r" % b"q" if False else b"%a" % "x")
errors = [
    ("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%(k)s", ("a",)), ("%y", 1),
    ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%", ()), ("%*d", ("a", 1)), ("%d", None), ("%s %(a)s", {"a": 1}),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%s" % "only", "%s-%s" % tuple("ab"), "%s" % ["list"], "no args" % ())
print("%(a)s %(a)s %(b)05.1f" % {"a": "x", "b": 3.14159, "unused": 0})
row = "%-10s|%6.2f|%4d"
for name, price, qty in [("apple", 1.5, 3), ("kiwi", 0.333, 12), ("watermelon", 12.0, 1)]:
    print(row % (name, price, qty))
# more conversions and edge cases
for v in [0, 1, -1, 255, 2 ** 40]:
    print("%d|%5d|%-5d|%05d|%+d|%x|%#o|%e" % (v, v, v, v, v, v, v, v))
for v in [0.0, -0.0, 1.5, -2.25, 1e10, 1e-10]:
    print("%f|%.1f|%10.3e|%g|%-8g|%+G" % (v, v, v, v, v, v))
print("%s|%10s|%-10s|%.3s|%r" % ("text", "text", "text", "text", "text"))
print("%c|%c|%5c|%-3c|" % ("x", 0x1F600, "y", 65))
print("%i%%" % 50, "%.0f%%" % 99.5, "%5.1f%%" % 0.05, "%%%s%%" % "mid")
print("%(a)s-%(b)s" % {"a": [1], "b": (2,)}, "%s" % {"k": "v"}, "%s" % ({"k": "v"},))
class Obj:
    def __str__(self):
        return "OBJ"
    def __repr__(self):
        return "Obj()"
print("%s %r %a" % (Obj(), Obj(), Obj()), "%5s|%-5r|" % (Obj(), Obj()))
print("%x %o" % (True, False), "%d" % 3.999, "%i" % -0.5, "%.2f" % 2, "%s" % 1e100)
