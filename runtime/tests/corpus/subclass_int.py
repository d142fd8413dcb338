# Subclassing int (and bool-like behaviour).

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self) / 100:.2f}"

m = Money(1999)
print(m, repr(m), [m], m + 1, type(m + 1).__name__, m * 2, m // 100, -m, abs(Money(-5)))
print(isinstance(m, int), m == 1999, m < 2000, hash(m) == hash(1999), {1999: "x"}[m])
print(f"{m}", f"{m:d}", f"{m:>8}", format(m, "x"), "%d" % m, "%s" % m)

# Arithmetic returning the subclass requires overrides
class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)
    def __add__(self, o):
        return Mod7(int(self) + int(o))
    __radd__ = __add__
    def __mul__(self, o):
        return Mod7(int(self) * int(o))
    __rmul__ = __mul__
    def __sub__(self, o):
        return Mod7(int(self) - int(o))
    def __rsub__(self, o):
        return Mod7(int(o) - int(self))
    def __neg__(self):
        return Mod7(-int(self))
    def __pow__(self, e):
        return Mod7(pow(int(self), int(e), 7))
    def __repr__(self):
        return f"{int(self)} (mod 7)"

a = Mod7(10)
print(a, a + 5, 5 + a, a * 4, 4 * a, a - 5, 1 - a, -a, a ** 100)
print(sum([Mod7(3), Mod7(4), Mod7(5)]), type(sum([Mod7(3)])).__name__)
print([Mod7(i) ** 6 for i in range(1, 7)])

# Overriding comparison in int subclass
class Reverse(int):
    def __lt__(self, o):
        return int(self) > int(o)
    def __gt__(self, o):
        return int(self) < int(o)
print(sorted([Reverse(1), Reverse(3), Reverse(2)]), Reverse(1) < Reverse(2), max(Reverse(1), Reverse(5)))

# Flags via int subclass with bitwise ops
class Perm(int):
    NAMES = {4: "r", 2: "w", 1: "x"}
    def __or__(self, o):
        return Perm(int(self) | int(o))
    def __and__(self, o):
        return Perm(int(self) & int(o))
    def __repr__(self):
        return "".join(n if self & b else "-" for b, n in self.NAMES.items())
R, W, X = Perm(4), Perm(2), Perm(1)
rw = R | W
print(rw, R | W | X, rw & W, rw & X, bool(rw & X), int(rw))

# int subclass with extra attributes
class Tagged(int):
    pass
t = Tagged(5)
t.tag = "five"
print(t, t.tag, t + 1, vars(t))

# int() and bool on subclass
print(int(Money(7)), type(int(Money(7))).__name__, bool(Money(0)), bool(Money(3)))

# Using subclass as index and in range
print([10, 20, 30][Money(1)], list(range(Money(3))), "ab" * Money(2))

# bool cannot be subclassed, but bool is an int subclass
print(issubclass(bool, int), True + True, True * 10, sum([True, False, True]), isinstance(False, int))
print(True == 1, False == 0, {True: "a", 1: "b"}, hash(True) == hash(1))

# __new__ with extra argument and class-level cache
class Level(int):
    _names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        cls._names[value] = name
        return obj
    def __repr__(self):
        return f"<Level {self.name}={int(self)}>"
levels = [Level(30, "WARN"), Level(10, "DEBUG"), Level(20, "INFO")]
print(sorted(levels), max(levels), Level._names)
print(Level(40, "ERROR") > levels[0], levels[1] + 5)

# divmod/float/round on int subclass
print(divmod(Money(1005), 100), float(Money(3)), round(Money(1234), -2), type(round(Money(5))).__name__)

# Immutability: in-place ops rebind
x = Money(100)
y = x
x += 50
print(x, y, type(x).__name__)
