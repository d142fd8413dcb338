# assert statement semantics


def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "pass"
    except AssertionError as e:
        return "fail args=%r str=%r" % (e.args, str(e))


print(check(True))
print(check(1))
print(check("nonempty"))
print(check([0]))
print(check(False))
print(check(0))
print(check(""))
print(check([]))
print(check(None))
print(check(0.0))
print(check(False, "with message"))
print(check(False, 42))
print(check(False, ("tuple", "msg")))
print(check(False, None))
print(check(True, "unused"))

# the message expression is evaluated lazily, only on failure
evaluated = []


def msg(text):
    evaluated.append(text)
    return text


assert 1 + 1 == 2, msg("not evaluated")
try:
    assert 1 + 1 == 3, msg("evaluated")
except AssertionError as e:
    print("message:", e)
print("evaluated:", evaluated)

# assert with parenthesized tuple is always true (a common bug): do it via a variable
t = (False, "msg")
assert t
print("tuple assert passed")

# assert with comparisons and chained comparisons
x = 5
assert 0 < x < 10, "x out of range"
try:
    assert 0 < x < 3, "x=%d out of range" % x
except AssertionError as e:
    print(e)


# assert with custom __bool__
class Flag:
    def __init__(self, v):
        self.v = v
        self.calls = 0

    def __bool__(self):
        self.calls += 1
        return self.v


f = Flag(True)
assert f
print("bool calls:", f.calls)
g = Flag(False)
try:
    assert g, "flag was false"
except AssertionError as e:
    print(e, g.calls)


# object with __len__
class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


assert Box(2)
try:
    assert Box(0), "empty box"
except AssertionError as e:
    print(e)

# AssertionError raised manually behaves the same
try:
    raise AssertionError("manual")
except AssertionError as e:
    print(type(e).__name__, e)

# __debug__ is True without -O
print("__debug__ =", __debug__)

# assert inside function used as a validator in a loop
def validate(n):
    assert isinstance(n, int), "not an int: %r" % (n,)
    assert n >= 0, "negative: %d" % n
    return n * 2


for v in [3, -1, "7", 0, 2.5]:
    try:
        print(v, "->", validate(v))
    except AssertionError as e:
        print(repr(v), "-> AssertionError:", e)
