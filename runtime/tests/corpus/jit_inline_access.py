# Lists, tuples and instance attributes as traces read them inline (run
# with -X jit-threshold=1 by the corpus test too), and every way those
# reads stop applying mid-loop: negative and out-of-range indexes, list
# subclasses, lists that grow and shrink while a loop reads them, unpacking
# of the wrong length or of other iterables, an attribute deleted or added
# (the instance's shape changes), a class attribute or method replaced (the
# class's version changes), a method shadowed by an instance attribute,
# instances of a subclass arriving, and method calls on them.


class L(list):
    def __getitem__(self, i):
        return "sub" + str(list.__getitem__(self, i))


def index_all(seqs, i):
    out = []
    for s in seqs:
        try:
            out.append(s[i])
        except (IndexError, KeyError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


seqs = [[1, 2, 3]] * 50 + [(4, 5, 6)] * 50 + [L([7, 8, 9]), "abc", {1: "d"}, [1]]
print(index_all(seqs, 1)[-6:])
print(index_all(seqs, -1)[-6:])
print(index_all(seqs, 5)[-6:])
print(index_all([[1, 2]] * 60 + [[1, 2]], True)[-2:])


def store_all(lists, i, v):
    for x in lists:
        try:
            x[i] = v
        except IndexError as e:
            print("IndexError:", e)
        except TypeError as e:
            print("TypeError:", e)


lists = [[0, 0, 0] for _ in range(80)] + [[0], (0, 0), L([0, 0])]
store_all(lists, -2, 9)
print(lists[0], lists[-3], lists[-2], lists[-1])


def growing(n):
    xs = [0]
    total = 0
    for i in range(n):
        xs.append(i)
        total += xs[i // 2] + xs[-1]
        if i % 7 == 0:
            xs.pop(0)
    return total, len(xs)


print(growing(300))


def unpack_all(items):
    total = 0
    for item in items:
        try:
            a, b, c = item
            total += a + b + c
        except ValueError as e:
            print("ValueError:", e)
    return total


print(unpack_all([(1, 2, 3)] * 40 + [[4, 5, 6]] * 40 + [(1, 2), (1, 2, 3, 4), "xyz" if False else (7, 8, 9), iter([1, 1, 1])]))


def pairs(items):
    total = 0
    for a, b in items:
        total += a * b
    return total


print(pairs([(i, i + 1) for i in range(100)] + [[2, 3]] + [(x for x in (4, 5))]))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q(P):
    pass


def sum_x(ps):
    total = 0
    for p in ps:
        try:
            total += p.x + p.y + p.x
        except AttributeError as e:
            print("AttributeError:", e)
    return total


ps = [P(i, 1) for i in range(60)]
gone = P(1, 2)
del gone.x
extra = P(3, 4)
extra.z = 5
print(sum_x(ps + [gone, extra, Q(10, 20)] + ps[:5]))


def norms(ps):
    total = 0
    for p in ps:
        total += p.norm1()
    return total


ps = [P(i, -i) for i in range(60)]
print(norms(ps))
odd = P(1, 1)
odd.norm1 = lambda: 1000
print(norms(ps + [odd, Q(2, 3)]))


def change_class_midway(ps):
    total = 0
    for i, p in enumerate(ps):
        if i == 40:
            P.norm1 = lambda self: -1
        total += p.norm1()
    return total


print(change_class_midway([P(1, 2) for _ in range(80)]))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slot_sum(items):
    t = 0
    for s in items:
        s.a = s.a + s.b
        t += s.a
    return t


print(slot_sum([S(i, 1) for i in range(80)]))
