# match statement: sequence patterns, star patterns, nested patterns
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [_, _, *_]:
            return "three or more"
for s in [[], [1], (1, 2), [0, 1, 2], [1, 2, 3], [1, 2, 3, 4, 5], range(3), (0,), [0, 9]]:
    print(s, "->", shape(s))
def not_sequences(x):
    match x:
        case [a, b]:
            return f"seq {a} {b}"
        case _:
            return "not a 2-sequence"
for x in ["ab", b"ab", bytearray(b"ab"), {"a": 1, "b": 2}, {1, 2}, [1, 2], (1, 2), iter([1, 2])]:
    print(type(x).__name__, not_sequences(x))
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go", "go north fast", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", command(c))
def nested(p):
    match p:
        case [(x1, y1), (x2, y2)] if x1 == x2:
            return f"vertical at x={x1}"
        case [(x1, y1), (x2, y2)] if y1 == y2:
            return f"horizontal at y={y1}"
        case [(0, 0), *others]:
            return f"from origin, {len(others)} more"
        case [[a, [b, [c]]]]:
            return f"deep {a}{b}{c}"
        case ((x, y), (u, v)):
            return f"diagonal {(x, y)}->{(u, v)}"
        case _:
            return "?"
for p in [[(1, 2), (1, 5)], [(1, 2), (3, 2)], [(0, 0), (1, 1), (2, 2)], [[1, [2, [3]]]], ((1, 2), (3, 4)), [(1,)]]:
    print(p, "->", nested(p))
match [1, [2, 3], (4, 5, 6)]:
    case [a, [b, *c], (d, *e)]:
        print(a, b, c, d, e, type(c).__name__, type(e).__name__)
match (1, 2, 3, 4):
    case (*head, 4):
        print("head", head)
match "x", 1:
    case ("x", n) as whole:
        print("tuple subject", n, whole)
