# Class calls that tier 2 makes inline (the instance allocated and
# `__init__` run as part of the trace), run with -X jit-threshold=1 by the
# corpus test too: plain construction, `__init__` raising or returning a
# value, `__init__` replaced mid-loop, classes with their own `__new__`,
# inherited `__init__`, wrong argument counts, construction nested in
# `__init__`, a class changed by its own `__init__`, and a traceback
# through an inlined `__init__`.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def build(n):
    total = 0.0
    for i in range(n):
        p = Point(i * 0.5, i)
        total += p.x + p.y
    return total


print(build(1000))


class Picky:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        if v == 999:
            return 1
        self.v = v


def picky(values):
    out = 0
    for v in values:
        try:
            out += Picky(v).v
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    return out


print(picky(list(range(300)) + [-5, 999, 7]))


class Swap:
    def __init__(self, v):
        self.v = v


def other_init(self, v):
    self.v = -v


def replaced(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            Swap.__init__ = other_init
        total += Swap(i).v
    return total


print(replaced(600))


class Single:
    _inst = None

    def __new__(cls, v):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst

    def __init__(self, v):
        self.v = v


def singles(n):
    seen = set()
    for i in range(n):
        seen.add(id(Single(i)))
    return len(seen), Single(5).v


print(singles(300))


class Base:
    def __init__(self, a):
        self.a = a


class Derived(Base):
    pass


def derived(n):
    return sum(Derived(i).a for i in range(n)) + sum([Derived(i).a for i in range(n)])


print(derived(300))


def wrong_args(n):
    errors = 0
    for i in range(n):
        try:
            Point(i) if i % 100 == 99 else Point(i, i)
        except TypeError as e:
            errors += 1
            last = str(e)
    return errors, last


print(wrong_args(500))


class Outer:
    def __init__(self, i):
        self.inner = Point(i, -i)
        self.i = i


def nested(n):
    t = 0
    for i in range(n):
        o = Outer(i)
        t += o.inner.x + o.inner.y + o.i
    return t


print(nested(400))


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1


def counted(n):
    for i in range(n):
        Counted()
    return Counted.count


print(counted(500))


class Bad:
    def __init__(self, d):
        self.v = d["key"]


def bad(n):
    for i in range(n):
        Bad({"key": i} if i < 300 else {})


bad(400)
