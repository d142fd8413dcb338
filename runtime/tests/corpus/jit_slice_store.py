# Slice assignments from slices in a hot loop (`a[:k + 1] = a[k::-1]`),
# which traces run without the temporary list: reversal onto the same
# list, copies between two lists, steps, negative and out-of-range bounds,
# lengths that differ (the list grows or shrinks), a target step (extended
# slice, ValueError on a length mismatch), tuples and other sources, big
# ints from the bound arithmetic, bounds that are not ints (TypeError), and
# items that are objects (their counts stay right: released exactly once).


class Tracked:
    alive = 0

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "T%d" % self.n


def flips(perm):
    # fannkuch's inner loop.
    count = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


total = 0
for start in range(200):
    p = [(start * 7 + i * 3) % 9 for i in range(9)]
    seen = set()
    q = []
    for x in p:
        if x not in seen:
            seen.add(x)
            q.append(x)
    for x in range(9):
        if x not in seen:
            q.append(x)
    total += flips(q)
print("flips", total)


def copies(a, b, rounds):
    out = []
    for i in range(rounds):
        j = i % 5
        a[j:j + 3] = b[j + 1:j + 4]
        b[1:4] = a[6:3:-1]
        a[:2] = b[-2:]
        b[j - 1:j + 1] = a[j::-3]
        out.append(sum(a) + sum(b))
    return out


print("copies", copies(list(range(10)), list(range(20, 30)), 300)[-5:])


def resize(a, rounds):
    for i in range(rounds):
        a[1:2] = a[3:6]
        a[2:5] = a[i % 4:i % 4 + 1]
        a[0:0] = a[5:7:-1]
    return a


print("resize", resize(list(range(12)), 300))


def extended(a, rounds):
    errors = 0
    last = None
    for i in range(rounds):
        n = i % 3
        try:
            a[::2] = a[n:n + n + 2]
        except ValueError as e:
            errors += 1
            last = str(e)
    return errors, last, a


print("extended", extended(list(range(6)), 300))


def objects(rounds):
    items = [Tracked(i) for i in range(8)]
    other = [Tracked(100 + i) for i in range(8)]
    for i in range(rounds):
        k = i % 7 + 1
        items[:k + 1] = items[k::-1]
        other[2:5] = items[k:k - 3:-1] if k >= 3 else items[0:3]
    return items, other


print("objects", objects(300))


def sources(rounds):
    t = tuple(range(10))
    s = "abcdefghij"
    a = list(range(10))
    out = []
    for i in range(rounds):
        k = i % 4
        a[:k + 1] = t[k::-1]
        out.append(a[0])
        b = list(s)
        b[1:3] = s[k:k + 2]
        out.append("".join(b[:4]))
    return out[-8:]


print("sources", sources(300))


def big(a, rounds):
    big_k = 2 ** 47 - 2
    for i in range(rounds):
        k = big_k + i % 3
        a[:k + 1] = a[k::-1]
        a[k - 2 ** 47 + 3:] = a[:1]
    return a


print("big", big(list(range(8)), 300))


def bad_bounds(a, rounds):
    caught = []
    for i in range(rounds):
        k = 1.5 if i == 250 else 2
        try:
            a[:k] = a[k::-1]
        except TypeError as e:
            caught.append(str(e))
    return caught, len(a), a[:6]


print("bad", bad_bounds(list(range(5)), 300))


class Weird(list):
    def __getitem__(self, i):
        return ["weird"]


def subclass(rounds):
    a = list(range(5))
    w = Weird(range(5))
    for i in range(rounds):
        src = w if i == 200 else a
        a[:1] = src[1::-1] if i == 200 else src[0:1]
    return a


print("subclass", subclass(300))
