# format() builtin and __format__ protocol
print(format(42), format(42, ""), format(3.5), format("s"), format([1, 2]), format(None), format(True))
print(format(42, "x"), format(-42, "08b"), format(1e6, ","), format(0.5, "%"), format("x", "^5") + "|")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:.2f}".rjust(int(spec[1:]))
        raise ValueError("bad money spec " + repr(spec))
    def __str__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(12345)
print(format(m), format(m, "c"), format(m, "w12") + "|", f"{m}", f"{m:c}", "{:w10}".format(m), str(m), f"{m!s}")
try:
    format(m, "zz")
except ValueError as e:
    print("ValueError:", e)
class NoFormat:
    def __str__(self):
        return "NoFormat!"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
class Sub(int):
    pass
class SubF(float):
    def __str__(self):
        return "SubF-str"
print(format(Sub(255), "x"), format(Sub(7)), format(SubF(1.5)), format(SubF(1.5), ".2f"), f"{SubF(2.0)}", str(SubF(2.0)))
print(type(format(1, "")).__name__, (42).__format__("05d"), (2.5).__format__("^7"), "abc".__format__(">5"))
print(object.__format__(NoFormat(), ""))
try:
    object.__format__(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(1 + 2j) if False else format(12.0, "n"), format(-0.0, "+"), format(0.0, "+"), format(float("nan"), "+"))
print([format(i, "03d") for i in range(0, 120, 25)], [format(2 ** i, ">6,") for i in (0, 10, 20)])
