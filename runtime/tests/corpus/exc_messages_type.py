# CPython messages for TypeError


def show(label, thunk):
    try:
        r = thunk()
        print("%-30s -> %r" % (label, r))
    except Exception as e:
        print("%-30s -> %s: %s" % (label, type(e).__name__, e))


show("hash([])", lambda: hash([]))
show("{[1]: 2}", lambda: {[1]: 2})
show("{{}: 1}", lambda: {{}: 1})
show("set([[1]])", lambda: set([[1]]))
show("{set()}", lambda: {set()})
show("1 + 'a'", lambda: 1 + "a")
show("'a' + 1", lambda: "a" + 1)
show("'a' + None", lambda: "a" + None)
show("[1] + (2,)", lambda: [1] + (2,))
show("(1,) + [2]", lambda: (1,) + [2])
show("1 - 'a'", lambda: 1 - "a")
show("'a' * 'b'", lambda: "a" * "b")
show("'a' * 1.5", lambda: "a" * 1.5)
show("[1] * 2.0", lambda: [1] * 2.0)
show("None + 1", lambda: None + 1)
show("1.5 & 1", lambda: 1.5 & 1)
show("-'a'", lambda: -"a")
show("~1.5", lambda: ~1.5)
show("1 < 'a'", lambda: 1 < "a")
show("[] < ()", lambda: [] < ())
show("None > None", lambda: None > None)
show("{} <= {}", lambda: {} <= {})
five = 5
none = None
floaty = 1.5
text = "s"
show("5[0]", lambda: five[0])
show("None[0]", lambda: none[0])
show("(1.5)['k']", lambda: floaty["k"])
show("None()", lambda: none())
show("5()", lambda: five())
show("'s'()", lambda: text())
show("iter(5)", lambda: iter(5))
show("list(5)", lambda: list(5))
show("for x in None", lambda: [x for x in None])
show("len(5)", lambda: len(5))
show("len(None)", lambda: len(None))
show("int(None)", lambda: int(None))
show("int([])", lambda: int([]))
show("float([])", lambda: float([]))
show("abs('x')", lambda: abs("x"))
show("'abc'.join([1, 2])", lambda: ",".join([1, 2]))
show("sorted([1, 'a'])", lambda: sorted([1, "a"]))
show("max()", lambda: max())
show("max([])", lambda: max([]))
show("min(5)", lambda: min(5))
show("sum(['a', 'b'])", lambda: sum(["a", "b"]))
show("chr('a')", lambda: chr("a"))
show("ord('ab')", lambda: ord("ab"))
show("range(1.5)", lambda: range(1.5))
show("(1, 2).__delitem__(0)", lambda: (1, 2).__delitem__(0))
show("'x' in 5", lambda: "x" in 5)
show("1 in 'abc'", lambda: 1 in "abc")
show("[].append()", lambda: [].append())
show("[].append(1, 2)", lambda: [].append(1, 2))
show("isinstance(1, 2)", lambda: isinstance(1, 2))
show("divmod('a', 1)", lambda: divmod("a", 1))
show("object()+object()", lambda: object() + object())


def f(a, b):
    return a + b


def g(a, *, key):
    return a


show("f(1)", lambda: f(1))
show("f(1, 2, 3)", lambda: f(1, 2, 3))
show("f(1, c=2)", lambda: f(1, c=2))
show("f(1, 2, a=3)", lambda: f(1, 2, a=3))
show("g(1)", lambda: g(1))
show("g(1, 2)", lambda: g(1, 2))
show("f(*5)", lambda: f(*5))
show("f(**5)", lambda: f(**5))


class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return self.x


show("P()", lambda: P())
show("P(1, 2)", lambda: P(1, 2))
show("P.m()", lambda: P.m())
show("P(1).m(2)", lambda: P(1).m(2))
show("P(1) + P(2)", lambda: P(1) + P(2))
show("P(1) < P(2)", lambda: P(1) < P(2))
show("P(1)[0]", lambda: P(1)[0])
show("len(P(1))", lambda: len(P(1)))
show("iter(P(1))", lambda: iter(P(1)))
show("P(1)()", lambda: P(1)())
