# exception attributes: args, str(), repr()

cases = [
    ValueError(),
    ValueError("one"),
    ValueError("two", 2),
    ValueError(None),
    ValueError(3.5),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(0),
    IndexError("idx"),
    TypeError("x", [1, 2]),
    Exception("", ""),
    Exception(("tuple",)),
    RuntimeError("quote's"),
    ZeroDivisionError("division by zero"),
    StopIteration(5),
    AssertionError("msg"),
    NotImplementedError(),
    UnicodeError("u"),
    ArithmeticError(1, 2, 3),
]

for e in cases:
    print(type(e).__name__, "args=%r" % (e.args,), "str=%r" % str(e), "repr=%s" % repr(e))

# KeyError str is the repr of the key when there is exactly one argument
print(str(KeyError("a b")), str(KeyError(("x", 1))), str(KeyError([1])))

# StopIteration.value
s = StopIteration("v")
print(s.value)
print(StopIteration().value)

# SystemExit.code
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)

# OSError errno/strerror with 2 args
o = OSError(2, "No such file")
print(type(o).__name__, o.errno, o.strerror, str(o), o.args)
o2 = OSError("just msg")
print(o2.errno, o2.strerror, str(o2))

# args can be replaced
e = ValueError("orig")
e.args = ("new", 1)
print(e, repr(e))
e.args = ["listed"]
print(e.args, str(e))

# arbitrary attributes on exceptions
e = RuntimeError("attrs")
e.code = 42
e.extra = {"k": "v"}
print(e.code, e.extra)


class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


w = WithInit(404, "not found")
print(w.args, str(w), repr(w), w.code)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


n = NoSuper(1, 2)
print(n.args, repr(str(n)), n.a, n.b)


class CustomStr(Exception):
    def __str__(self):
        return "custom<%s>" % ",".join(map(str, self.args))


c = CustomStr(1, 2, 3)
print(str(c), repr(c))


class CustomRepr(Exception):
    def __repr__(self):
        return "CR!"


print(str(CustomRepr("m")), repr(CustomRepr("m")))

# exceptions are instances of their classes and of BaseException
e = LookupError("x")
print(isinstance(e, BaseException), isinstance(e, Exception), isinstance(e, KeyError))
print(type(e).__mro__[1:] == (Exception, BaseException, object))

# caught exception has same args as raised
try:
    raise ValueError("a", 1, None)
except ValueError as err:
    print(err.args, len(err.args))

# raising a class instantiates it with no args
try:
    raise IndexError
except IndexError as err:
    print(repr(err), err.args)

# raising non-exception
try:
    raise 5
except TypeError as err:
    print(err)

try:
    raise int
except TypeError as err:
    print(err)

# equality of exceptions is identity
print(ValueError("a") == ValueError("a"))
e = ValueError("a")
print(e == e)

# __notes__ (3.11 add_note)
e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
