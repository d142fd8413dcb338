# Truthiness: __bool__, __len__ fallback and errors.

class AlwaysFalse:
    def __bool__(self):
        print("  __bool__ called")
        return False

class LenZero:
    def __len__(self):
        print("  __len__ called")
        return 0

class LenThree:
    def __len__(self):
        return 3

class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return True
    def __len__(self):
        print("  Both.__len__")
        return 0

class Neither:
    pass

for obj in [AlwaysFalse(), LenZero(), LenThree(), Both(), Neither()]:
    print(type(obj).__name__, bool(obj))

# Used in if/while/not/and/or
af = AlwaysFalse()
if not af:
    print("not af is True")
print(af or "fallback")
print(LenThree() and "and-result")
print(type(LenZero() or Neither()).__name__)

n = 0
class Countdown:
    def __init__(self, k):
        self.k = k
    def __bool__(self):
        self.k -= 1
        return self.k >= 0
cd = Countdown(3)
while cd:
    n += 1
print("loop ran", n, "times")

# __bool__ must return bool
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)

class FloatLen:
    def __len__(self):
        return 1.0
try:
    bool(FloatLen())
except TypeError as e:
    print("TypeError:", e)

# __bool__ = None makes truth testing fail
class NoTruth:
    __bool__ = None
try:
    bool(NoTruth())
except TypeError as e:
    print("TypeError:", e)

# Inherited __bool__ / __len__
class Sub(LenThree):
    pass
class SubFalse(AlwaysFalse):
    def __bool__(self):
        return not super().__bool__()
print(bool(Sub()), bool(SubFalse()))

# Builtin truthiness
vals = [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False,
        1, -1, 0.1, "0", " ", [0], (None,), {0: 0}, {0}, range(1), True]
print([bool(v) for v in vals])

# Truthiness in filter/any/all uses __bool__
objs = [LenThree(), Neither(), LenZero()]
print(len(list(filter(None, objs))))
print(any([AlwaysFalse(), AlwaysFalse()]))
print(all([LenThree(), Neither()]))

# Conditional expression and short-circuit with side effects
def side(tag, val):
    print("  eval", tag)
    return val
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 0) or side("b", "") or side("c", "last"))
print(side("x", []) if side("cond", AlwaysFalse()) else side("y", "else-branch"))

# not returns a real bool
print(not LenThree(), not Neither(), type(not Neither()).__name__)

# Comparison of bool results
print(bool(Both()) is True, bool(LenZero()) is False)
