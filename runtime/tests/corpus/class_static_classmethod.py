# staticmethod, classmethod and alternative constructors.

class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_ish(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __repr__(self):
        return f"EuroDate {self.d:02d}.{self.m:02d}.{self.y}"

d = Date.from_string("2023-07-14")
e = EuroDate.from_string("2020-02-29")
print(d, e, type(e).__name__)
print(Date.today_ish(), EuroDate.today_ish())
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), EuroDate.is_leap(2023))
print(Date.created, EuroDate.created)   # subclass attribute created on first increment

# Calling from instances
print(d.from_string("1999-12-31"))
print(e.today_ish())

# Types of the raw descriptors vs. accessed attributes
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, type(Date.is_leap).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
print(d.from_string.__self__ is Date)

# staticmethod has no implicit arguments
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return "nothing"
print(Util.add(1, 2), Util().add(3, 4), Util.no_args(), Util().no_args())
try:
    Util().add(1)
except TypeError as e:
    print("TypeError:", e)

# staticmethod objects are callable directly in 3.10+
sm = Util.__dict__["add"]
print(sm(5, 6), sm.__func__.__name__)

# classmethod counting instances per subclass
class Registry:
    _instances = None
    @classmethod
    def register(cls, item):
        if cls._instances is None or "_instances" not in cls.__dict__:
            cls._instances = []
        cls._instances.append(item)
        return len(cls._instances)
    @classmethod
    def items(cls):
        return list(cls.__dict__.get("_instances") or [])

class R1(Registry):
    pass
class R2(Registry):
    pass
R1.register("a"); R1.register("b"); R2.register("x")
print(R1.items(), R2.items(), Registry.items())

# classmethod on the class used as factory with validation
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    @classmethod
    def from_hex(cls, h):
        h = h.lstrip("#")
        if len(h) != 6:
            raise ValueError(f"bad hex: {h!r}")
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))
    def __repr__(self):
        return f"Color{self.rgb}"
print(Color.from_hex("#ff8000"), Color.from_hex("0a0b0c"))
try:
    Color.from_hex("#fff")
except ValueError as e:
    print("ValueError:", e)

# classmethod/staticmethod wrapping
def plain(*args):
    return args
class Wrapped:
    cm = classmethod(plain)
    sm = staticmethod(plain)
print(Wrapped.cm(1)[0].__name__, Wrapped.cm(1)[1:], Wrapped.sm(1), Wrapped().sm())

# staticmethod calling another staticmethod through the class
class MathUtil:
    @staticmethod
    def square(x):
        return x * x
    @staticmethod
    def sum_squares(*xs):
        return sum(MathUtil.square(x) for x in xs)
    @classmethod
    def sum_squares_cls(cls, *xs):
        return sum(cls.square(x) for x in xs)
print(MathUtil.sum_squares(1, 2, 3), MathUtil.sum_squares_cls(4, 5))

# Overriding a classmethod in a subclass and calling super
class Shape:
    @classmethod
    def name(cls):
        return "shape:" + cls.__name__
class Sq(Shape):
    @classmethod
    def name(cls):
        return "square/" + super().name()
print(Shape.name(), Sq.name(), Sq().name())

# __func__ and __wrapped__ on classmethod
cm = Date.__dict__["from_string"]
print(cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
