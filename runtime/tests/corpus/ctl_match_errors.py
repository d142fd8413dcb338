# match statement corner cases, ending with an uncaught TypeError from a bad class pattern
def kind(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case str() | bytes():
            return "text"
        case [] | ():
            return "empty seq"
        case {}:
            return "mapping"
        case _:
            return "other"
print([kind(v) for v in [True, 1, 1.0, "s", b"b", [], (), {}, {"a": 1}, None, [1]]])
def first_two(v):
    match v:
        case [a, b, *_]:
            return a, b
        case [a]:
            return a, None
        case _:
            return None
print(first_two([1, 2, 3]), first_two((9,)), first_two("ab"), first_two(range(5)), first_two({1: 2}))
def nums(v):
    match v:
        case int(n) if n < 0:
            return "neg int"
        case float(f) if f != f:
            return "nan"
        case int() | float() as n:
            return f"number {n}"
    return "fallthrough"
print([nums(v) for v in [-1, 5, 2.5, float("nan"), "x"]])
seen = []
match [1, 2]:
    case [x, y] if (seen.append("guard1") or x > 5):
        print("no")
    case [x, y] if (seen.append("guard2") or True):
        print("second case, x and y bound:", x, y)
print(seen)
match {"k": None}:
    case {"k": None}:
        print("None value matched with literal None")
match {"k": 1}:
    case {"missing": _}:
        print("no")
    case {**rest}:
        print("captured rest", rest)
x = 5
match 5:
    case y:
        print("irrefutable capture", y)
print("capture binds after match:", y)
not_a_class = len
def bad(value):
    match value:
        case not_a_class():
            return "matched"
    return "nothing"
print("about to use a non-class in a class pattern")
print(bad(3))
