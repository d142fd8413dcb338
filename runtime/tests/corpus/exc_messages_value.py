# CPython messages for ValueError and unpacking errors


def show(label, thunk):
    try:
        r = thunk()
        print("%-28s -> %r" % (label, r))
    except Exception as e:
        print("%-28s -> %s: %s" % (label, type(e).__name__, e))


def unpack3(seq):
    a, b, c = seq
    return a, b, c


def unpack2(seq):
    a, b = seq
    return a, b


def unpack_star(seq):
    a, b, *rest, c = seq
    return a, b, rest, c


show("unpack3([1, 2])", lambda: unpack3([1, 2]))
show("unpack3('ab')", lambda: unpack3("ab"))
show("unpack3([])", lambda: unpack3([]))
show("unpack3(range(3))", lambda: unpack3(range(3)))
show("unpack2([1, 2, 3])", lambda: unpack2([1, 2, 3]))
show("unpack2((1, 2, 3, 4))", lambda: unpack2((1, 2, 3, 4)))
show("unpack2(iter([1, 2, 3]))", lambda: unpack2(iter([1, 2, 3])))
show("unpack2({'a': 1})", lambda: unpack2({"a": 1}))
show("unpack2(5)", lambda: unpack2(5))
show("unpack_star([1, 2])", lambda: unpack_star([1, 2]))
show("unpack_star([1, 2, 3])", lambda: unpack_star([1, 2, 3]))
show("unpack_star(range(6))", lambda: unpack_star(range(6)))
show("int('abc')", lambda: int("abc"))
show("int('')", lambda: int(""))
show("int('1.5')", lambda: int("1.5"))
show("int(' 42 ')", lambda: int(" 42 "))
show("int('1_000')", lambda: int("1_000"))
show("int('ff', 16)", lambda: int("ff", 16))
show("int('fg', 16)", lambda: int("fg", 16))
show("int('12', 2)", lambda: int("12", 2))
show("int('0x1f', 0)", lambda: int("0x1f", 0))
show("int('10', 1)", lambda: int("10", 1))
show("float('abc')", lambda: float("abc"))
show("float('')", lambda: float(""))
show("float(' 1e3 ')", lambda: float(" 1e3 "))
show("float('nan') repr", lambda: float("nan"))
show("complex('1+')", lambda: complex("1+"))
show("chr(-1)", lambda: chr(-1))
show("chr(0x110000)", lambda: chr(0x110000))
show("range(1, 5, 0)", lambda: range(1, 5, 0))
show("[1,2][::0]", lambda: [1, 2][::0])
show("'abc'.split('')", lambda: "abc".split(""))
show("'a'.center(5, 'xy')", lambda: "a".center(5, "xy"))
show("'%d' % 'x'", lambda: "%d" % "x")
show("'%s %s' % (1,)", lambda: "%s %s" % (1,))
show("'%s' % (1, 2)", lambda: "%s" % (1, 2))
show("'{}{}'.format(1)", lambda: "{}{}".format(1))
show("'{0:d}'.format('x')", lambda: "{0:d}".format("x"))
show("format(1.5, 'd')", lambda: format(1.5, "d"))
show("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
show("dict([1])", lambda: dict([1]))
show("bytes([256])", lambda: bytes([256]))
show("list.index missing", lambda: [1, 2, 3].index(4))
show("'x'.encode('nope')", lambda: "x".encode("nope"))
show("round(1.5, 'a')", lambda: round(1.5, "a"))
show("[0] * -1", lambda: [0] * -1)
show("zip strict", lambda: list(zip([1, 2], [1], strict=True)))
show("'abc'.removeprefix('a')", lambda: "abc".removeprefix("a"))
show("int('٣')", lambda: int("٣"))

# ValueError from a big int -> str conversion is not triggered for small ints
show("str(10**100)[:5]", lambda: str(10 ** 100)[:5])

# unpacking in for loops
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print("pair", a, b)
except ValueError as e:
    print("loop unpack:", e)

try:
    x, y = None
except TypeError as e:
    print("None unpack:", e)

try:
    [a, b] = "xyz"
except ValueError as e:
    print("list-target unpack:", e)

try:
    (a, (b, c)) = (1, (2,))
except ValueError as e:
    print("nested unpack:", e)
