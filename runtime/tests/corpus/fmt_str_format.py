# str.format: positional, keyword, indexing, attributes, nested specs, conversions
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{1}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=5), "{0} and {who}".format("me", who="you"))
data = {"a": [10, 20, {"z": "deep"}], "b": "bee"}
print("{0[a]} {0[b]} {0[a][1]} {0[a][2][z]}".format(data), "{d[b]}".format(d=data))
print("{0[0]} {0[-1]}".format(["first", "last"]) if False else "{0[0]} {0[2]}".format(["first", "mid", "last"]))
print("{[1]}".format("xyz"), "{0[1]}{0[0]}".format((7, 8)), "{m[10]}".format(m={10: "int key"}), "{m[x]}".format(m={"x": "str key"}))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
p = Pt(3, -4)
print("{0.x},{0.y}".format(p), "{p.x:+d} {p.y:+d}".format(p=p), "{0!r} {0!s}".format(p), "{.x}".format(p))
print("{!r:>12}|{!s:<8}|{!a}".format("é", "é", "é"))
print("{:{}{}}".format(3.14159, ">", 10), "{:{w}.{p}f}".format(3.14159, w=9, p=2), "{0:{1}}".format("abc", 7) + "|")
print("{{}} {{{}}} {{0}}".format("lit"), "{}}}".format(1) if False else "{}}}".format(1), "{{{0}}}".format(2))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 4), "{0:^{1}}|".format("c", 5), "{:{fill}^{w}}".format("m", fill="*", w=7))
print("{0:d} {0:x} {0:b} {0:e} {0:%}".format(5), "{:,.2f}".format(1234567.891), "{:_}".format(10 ** 8))
print("".format(), "plain".format(1, 2, k=3), "{}".format(None), "{}".format([None]), "{:}".format(1.0))
print("{0}{1}{0}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}), "{} {}".format(*range(2)))
fmt = "{:<8}{:>6}{:>10.3f}"
for row in [("alpha", 1, 1.0), ("beta", 22, 0.5), ("gamma", 333, 1 / 3)]:
    print(fmt.format(*row))
errors = ["{", "}", "{0", "{0]}", "{0[}", "{!}", "{!x}", "{0:{1:{2}}}", "{a.}", "{0[]}", "{:}}", "{-1}"]
for f in errors:
    try:
        print(repr(f.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__ + ":", e)
try:
    "{0.nope}".format(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
try:
    "{0[k]}".format({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
print("{0:{0}}".format(5), "{:{}}".format("q", 3) + "|", str.format("{}-{}", "a", "b"))
