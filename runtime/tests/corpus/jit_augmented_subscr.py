# `container[key] op= value` in traces: the read and the write each run as
# one micro-op that keeps the container and key on the stack
# (_BINARY_SUBSCR_KEEP, _STORE_SUBSCR_UNDER; run with -X jit-threshold=1 by
# the corpus test too). Each loop runs long enough to be compiled, then
# meets what the inline paths do not cover: dicts, tuples, list
# subclasses, negative and out-of-range indexes, a value that raises or
# changes the container, and objects with their own __getitem__,
# __setitem__ and __iadd__.


def accumulate(n):
    acc = [0, 0.0, 0]
    for i in range(n):
        acc[0] += i
        acc[1] -= i * 0.5
        acc[-1] *= 1
        acc[2] += acc[0] % 7
    return acc


def counts(words):
    d = {}
    c = [0] * 8
    for w in words:
        d[w] = d.get(w, 0) + 1
        c[len(w) % 8] += 1
    return sorted(d.items())[:3], c


class Tracked(list):
    log = []

    def __getitem__(self, i):
        Tracked.log.append(("get", i))
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        Tracked.log.append(("set", i))
        list.__setitem__(self, i, v)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def mixed(containers, n):
    out = []
    for c in containers:
        for i in range(n):
            c[i % 3] += 1
        out.append(c if not isinstance(c, dict) else sorted(c.items()))
    return out


for k in range(3):
    print("accumulate", accumulate(3000))
    print("counts", counts(["a", "bb", "a", "ccc", "bb", "a"] * 300))

print("mixed", mixed([[0, 0, 0], {0: 0, 1: 0, 2: 0}, Tracked([0, 0, 0]), [0.5, 1, 2 ** 60]], 600))
print("tracked log", len(Tracked.log), Tracked.log[:4])

accs = [Acc(), Acc()]
for i in range(500):
    accs[i % 2] += i
print("iadd", len(accs[0].items), accs[1].items[-3:])

strs = ["", "x"]
for i in range(400):
    strs[i % 2] += str(i % 10)
print("strs", len(strs[0]), strs[1][-10:])


def out_of_range(n):
    a = [0] * 10
    try:
        for i in range(n):
            a[i] += 1
    except IndexError as e:
        print("IndexError", e, sum(a))


out_of_range(500)


def negative(n):
    a = list(range(10))
    for i in range(n):
        a[-(i % 10) - 1] -= 1
    return a


print("negative", negative(1000))


def tuple_store(n):
    t = (1, 2, 3)
    try:
        for i in range(n):
            t[i % 3] += 1
    except TypeError as e:
        print("TypeError", e)


tuple_store(400)


def raising_value(n):
    a = [0, 0]
    try:
        for i in range(n):
            a[i % 2] += 10 // (300 - i)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, a)


raising_value(1000)


def shrinking(n):
    a = list(range(400))
    try:
        for i in range(n):
            a[len(a) - 1] += a.pop()
    except IndexError as e:
        print("IndexError", e, len(a))


shrinking(1000)


def key_error(n):
    d = {i: i for i in range(300)}
    try:
        for i in range(n):
            d[i] += 1
    except KeyError as e:
        print("KeyError", e, sum(d.values()))


key_error(1000)

# An uncaught error in the read ends the program with a traceback.
grid = [[0] * 4 for _ in range(4)]
for i in range(2000):
    grid[i % 4][i // 400] += 1
