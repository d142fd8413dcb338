# Subclassing tuple: named-tuple-like records written by hand.

class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self[0]!r}, y={self[1]!r})"
    def _replace(self, **kw):
        vals = dict(zip(self._fields, self))
        vals.update(kw)
        return type(self)(**vals)
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, p + q, p.x, q.y, len(p), p[0], p[-1])
print(p == (1, 2), tuple(p), list(p), p._replace(y=9), p._asdict())
x, y = q
print(x, y, hash(p) == hash((1, 2)), {p: "stored"}[(1, 2)])
print(isinstance(p, tuple), type(p[:]).__name__, type(p * 2).__name__, p * 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

# Generic record factory producing tuple subclasses
def record(name, fields):
    fields = tuple(fields.split())
    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} values, got {len(args)}")
        return tuple.__new__(cls, args)
    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"
    ns = {"__new__": __new__, "__repr__": __repr__, "__slots__": (), "_fields": fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)

Person = record("Person", "name age city")
ann = Person("Ann", 30, "Oslo")
print(ann, ann.name, ann.age, ann.city, ann._fields, ann[1:])
try:
    Person("Bob")
except TypeError as e:
    print("TypeError:", e)
people = [Person("Cy", 25, "Rome"), ann, Person("Bo", 25, "Bern")]
print(sorted(people, key=lambda p: (p.age, p.name)))
print(max(people, key=lambda p: p.age).name)

# Tuple subclass with __init__ cannot change contents
class Init(tuple):
    def __init__(self, iterable):
        self.length_at_init = len(self)
i = Init([1, 2, 3])
print(i, i.length_at_init, vars(i))

# Overriding __getitem__ in tuple subclass
class Wrap(tuple):
    def __getitem__(self, idx):
        if isinstance(idx, int):
            return super().__getitem__(idx % len(self))
        return super().__getitem__(idx)
w = Wrap("abc")
print(w[4], w[-4], w[0:2], list(w), w.count("a"), w.index("c"))

# Comparison and hashing follow tuple semantics
class Version(tuple):
    def __new__(cls, s):
        return super().__new__(cls, map(int, s.split(".")))
    def __str__(self):
        return ".".join(map(str, self))
vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print([str(v) for v in sorted(vs)], Version("1.2") == (1, 2), Version("2.0") > (1, 99))
print(len({Version("1.0"), (1, 0)}))

# Empty tuple subclass
class E(tuple):
    pass
print(E(), len(E()), bool(E()), E() == (), type(E() + (1,)).__name__)
