# __repr__ and __str__ and how print/str/repr/format/f-strings use them.

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"StrOnly #{self.n}"
    def __repr__(self):   # define anyway to avoid address in output
        return f"StrOnly({self.n})"

b, r, s = Both(), ReprOnly(), StrOnly(1)
print(b)
print(str(b), repr(b))
print(r, str(r), repr(r))
print(s, str(s), repr(s))

# Containers use repr of elements
print([b, r, s])
print((b,), {"k": b}, {b: 1})
print(str([b]), repr([b]))

# f-strings and format
print(f"{b}", f"{b!r}", f"{b!s}", f"{r}")
print("{} {!r}".format(b, b))
print("%s %r" % (b, b))
print(format(b), format(r, ""))
print(f"[{s!s:>20}]", f"[{s!r:<12}]")

# format() with a non-empty spec on an object without __format__
try:
    format(b, ">10")
except TypeError as e:
    print("TypeError:", e)

# Custom __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:,.1f}", format(m, ">12.2f"), str(m), repr(m), [m])

# __str__ returning non-string
class BadStr:
    def __str__(self):
        return 42
    def __repr__(self):
        return "BadStr()"
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

# repr of builtins for comparison
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\n"))
print(str(1.0), repr(0.1), repr(1e20), repr(1e-7), str(-0.0))
print([None, True, "s", 1.5, (1,), [], {}])

# Inheritance of __str__/__repr__
class Child(Both):
    def __repr__(self):
        return "Child(repr)"
print(Child(), repr(Child()), [Child()])

class OnlyReprChild(ReprOnly):
    pass
print(OnlyReprChild())

# str() of exceptions uses args
class MyErr(Exception):
    pass
e1 = MyErr("one")
e2 = MyErr("a", 2)
e3 = MyErr()
print(str(e1), repr(e1), str(e2), repr(e2), repr(str(e3)), repr(e3))

# Recursive repr of a self-containing list
lst = [1]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)

# __repr__ that uses repr of attributes recursively
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
print(Node("root", [Node(1), Node("two", [Node(3.0)])]))

# print with sep/end and objects
print(b, r, s, sep=" | ", end=" <end>\n")
