# Compare-and-branch sites that see operands other than two ints or two
# floats, which traces compare by a helper (_COMPARE_JUMP_GENERIC) instead
# of leaving at every comparison. Run with -X jit-threshold=1 by the corpus
# test too: objects, strings, tuples, None, a site that sees ints first and
# objects later, __eq__ returning non-bools (truth by __bool__, which may
# raise), __lt__ raising, NotImplemented both ways (TypeError), and NaN.


class Node:
    def __init__(self, k):
        self.k = k


nodes = [Node(i % 7) for i in range(300)]
marker = nodes[3]


def count_not(nodes, marker):
    n = 0
    for x in nodes:
        if x != marker:
            n += 1
    return n


print("objects", count_not(nodes, marker), count_not(nodes, None))


def strings(words):
    hits = 0
    for w in words:
        if w == "spam":
            hits += 1
        elif w < "m":
            hits -= 1
    return hits


words = ["spam", "eggs", "zed", "ham", "spam"] * 100
print("strings", strings(words))


def tuples(pairs):
    t = 0
    for p in pairs:
        if p <= (3, "c"):
            t += p[0]
    return t


print("tuples", tuples([(i % 6, "abcdef"[i % 6]) for i in range(600)]))


def mixed(xs, bound):
    t = 0
    for x in xs:
        if x > bound:
            t += 1
    return t


print("mixed", mixed(list(range(200)) + [2.5 * i for i in range(200)], 100))
print("mixed objects", mixed([1, 2, 3] * 100 + [10**30] * 100, 2))


class Weird:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return Truth(self.v)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v == 13:
            raise ValueError("unlucky")
        return self.v % 2 == 0


def weird(objs):
    n = 0
    for o in objs:
        if o == 0:
            n += 1
    return n


print("non-bool", weird([Weird(i) for i in range(200) if i != 13]))
try:
    weird([Weird(2 * i) for i in range(100)] + [Weird(13)])
except ValueError as e:
    print("bool raised", e)


class Touchy:
    def __lt__(self, other):
        raise RuntimeError("no order")


def ordered(objs):
    n = 0
    for o in objs:
        if o < 5:
            n += 1
    return n


try:
    ordered([1, 2, 3] * 100 + [Touchy()])
except RuntimeError as e:
    print("lt raised", e)
try:
    ordered([1, 2, 3] * 100 + ["x"])
except TypeError as e:
    print("type error", e)


def nans(xs):
    n = 0
    for x in xs:
        if x != x:
            n += 1
    return n


print("nan", nans([float("nan"), 1.0, Node(1)] * 100))


def uncaught(objs):
    n = 0
    for o in objs:
        if o >= "m":
            n += 1
    return n


print(uncaught(["a", "z"] * 200 + [3]))
