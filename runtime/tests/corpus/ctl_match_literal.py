# match statement: literal, capture, wildcard, value, or-patterns, guards, as-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case True:
            return "true!"
        case None:
            return "none"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case str() as s if len(s) > 5:
            return "long string " + s
        case int(n) if n > 100:
            return f"big int {n}"
        case other:
            return f"other {other!r}"
for val in [0, 1, 3, -1, "hello", True, False, None, 1.5, b"raw", "longstring", "short", 500, 50, 2.0, 0.0, [1]]:
    print(repr(val), "->", describe(val))
class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case _:
            return "unknown color"
print(color_name("red"), color_name("green"), color_name("blue"))
def http(status):
    match status:
        case 200 | 201 | 204 as code:
            return f"success {code}"
        case 301 | 302:
            return "redirect"
        case code if 400 <= code < 500:
            return f"client error {code}"
        case code if code >= 500:
            return f"server error {code}"
        case _:
            return "?"
print([http(s) for s in (200, 204, 302, 404, 418, 503, 100)])
def sign(n):
    match n:
        case 0 | 0.0:
            return "zero"
        case n if n > 0:
            return "positive"
        case _:
            return "negative"
print(sign(0), sign(-0.0), sign(3), sign(-2.5), sign(False))
def grade(score):
    match score:
        case s if s >= 90:
            g = "A"
        case s if s >= 80:
            g = "B"
        case _:
            g = "F"
    return g
print([grade(s) for s in (95, 85, 10)])
hits = []
def g(x):
    hits.append(x)
    return x > 1
for v in [1, 2]:
    match v:
        case a if g(a):
            print("guard passed for", a)
        case a:
            print("fallthrough capture", a)
print(hits)
match 42:
    case 41:
        print("no")
print("no case matched, no error")
match "abc":
    case "ABC" | "abc" | "Abc" as spelled:
        print("matched spelling", spelled)
