"""`a[:k + 1] = a[k::-1]` (fannkuch's flip) in a hot loop: the prefix
reversed in place on a trace, and the statement run in full by the
interpreter, with Python's results and errors, when k is negative, past
the end or no int, or `a` is no list."""


def flips(perms):
    total = 0
    for p in perms:
        a = list(p)
        k = a[0]
        while k:
            a[:k + 1] = a[k::-1]
            total += 1
            k = a[0]
    return total


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print(flips(permutations(list(range(6)))))


def flip_with(a, ks):
    out = []
    for k in ks:
        # (The test keeps the slice assignment an instruction of its own,
        # apart from the store of k.)
        if k is not out:
            a[:k + 1] = a[k::-1]
        out.append(list(a))
    return out


base = list(range(6))
ks = [2, 5, 0, 3] * 300 + [-1, -3, 6, 9, -7, 1]
r = flip_with(list(base), ks)
print(len(r), r[-6:])
for bad in (True, 2.0, "x", None):
    try:
        print(flip_with(list(base), [1, 2] * 300 + [bad])[-1])
    except TypeError as e:
        print("TypeError:", e)


class Seq(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i)


print(flip_with(Seq(base), [1, 3, 2] * 300)[-1])
try:
    flip_with((0, 1, 2, 3), [1, 2])
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"abcdef")
print(flip_with(ba, [1, 4, 2] * 300)[-1])
