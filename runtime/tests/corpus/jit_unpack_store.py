# Statements `a, b, c = x` in a hot loop, which traces run as one
# _UNPACK_STORE each (load, unpack and stores together): tuples and lists
# of the right length, other iterables (a string, a generator, a dict),
# wrong lengths (ValueError, caught), a value that cannot be unpacked
# (TypeError), old values that are objects (released by the stores), and
# chains where each statement loads the sequence again (StoreFastLoadFast).


class Box:
    def __init__(self, name):
        self.name = name


def chain(t, rounds):
    total = 0
    for _ in range(rounds):
        a, b, c, d = t
        a, b, c, d = t
        a, b, c, d = t
        total += a + b + c + d
    return total


print("tuple", chain((1, 2, 3, 4), 300))
print("list", chain([5, 6, 7, 8], 300))


def letters(s, rounds):
    out = ""
    for _ in range(rounds):
        w, x, y, z = s
        out = z + y + x + w
    return out


print("letters", letters("abcd", 200), letters(["p", "q", "r", "s"], 200))


def mixed(items):
    seen = []
    for it in items:
        try:
            p, q, r = it
            seen.append((p, q, r))
        except ValueError as e:
            seen.append(str(e))
        except TypeError as e:
            seen.append(str(e))
    return seen


data = [(1, 2, 3)] * 200 + [[4, 5, 6], (7, 8), (1, 2, 3, 4), "xyz", {"k": 1, "l": 2, "m": 3}, None, (x for x in (9, 8, 7))]
print("mixed", mixed(data)[195:])


def releases(rounds):
    names = []
    for i in range(rounds):
        u, v = (Box("u%d" % i), Box("v%d" % i))
        names.append(u.name + v.name)
        u, v = [i, -i]
    return u + v, names[:3], len(names)


print("releases", releases(60))
