# match statement: mapping patterns, class patterns with __match_args__, builtins
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2], "extra": 1}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False}, {"type": "key", "key": 5}, {"type": "scroll"}, {"x": 1}, {}, [("type", "click")]]
for e in events:
    print(e, "->", handle(e))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Bare:
    def __init__(self, v):
        self.v = v
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Circle(Point(0, 0), r=radius):
            return f"circle at origin r={radius}"
        case Circle(c, r) if r > 10:
            return f"big circle at {c}"
        case Circle():
            return "some circle"
        case Bare(v=v):
            return f"bare with v={v}"
        case int(i) | float(i):
            return f"number {i}"
        case str(s):
            return f"string {s!r}"
        case list([*items]) | tuple([*items]):
            return f"sequence of {len(items)}"
        case dict(d):
            return f"dict with {len(d)}"
        case bool(b):
            return "unreachable bool"
        case _:
            return "unknown"
objs = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(0, 0), 3), Circle(Point(1, 1), 30),
        Circle(Point(1, 1), 2), Bare(9), 42, 2.5, True, "s", [1, 2], (1,), {"k": 1}, None]
for o in objs:
    print(o if not isinstance(o, (Circle, Bare)) else type(o).__name__, "->", where(o))
try:
    match Bare(1):
        case Bare(1):
            print("matched")
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            print("no")
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
from_key = "dynamic"
class K:
    key = "b"
match {"b": 5}:
    case {K.key: val}:
        print("value-pattern key", val)
