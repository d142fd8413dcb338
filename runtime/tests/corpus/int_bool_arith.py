# bool as an int subclass
print(True + 1, True + True, False - True, True * 10, True / 2, True // 2, -True, ~True, ~False)
print(True == 1, False == 0, True == 1 == 1.0, True > False, True >= 1.0)
print(isinstance(True, int), issubclass(bool, int), type(True + False).__name__, type(True and 5).__name__)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print([1, 2, 3][True], "ab"[False], (10, 20)[-True])
print(True ** 10, 2 ** True, divmod(True, 2), abs(-True), round(True))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%d %s" % (True, False))
print(format(True, "b"), format(True, "5.1f"), int(True), float(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(set()), bool(None))
print(bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"), bool(0j))
class Falsy:
    def __bool__(self):
        return False
class Lenny:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
print(bool(Falsy()), bool(Lenny(0)), bool(Lenny(3)), bool(Plain()))
print(not Falsy(), not Lenny(0), not Plain())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(True & True, True | False, True ^ True, False ^ True)
print(hash(True), hash(False), {True: 1, 1: 2}, {False, 0, 0.0})
print(True.real, True.imag, True.numerator, True.bit_length(), (True).conjugate())
print(bool.__name__, bool.__mro__[1].__name__, bool(bool))
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.__and__(False), True.__add__(True), type(True.__add__(True)).__name__)
print(sorted([True, 0, -1, False, 2]), max(False, True), min([True, False]))
print("yes" * True + "no" * False, [0] * False, [1] * True)
