# Subscripts where the interpreter saw lists and small ints, which traces
# read and write inline and leave for anything else (_BINARY_SUBSCR_LIST_INT,
# _BINARY_SUBSCR_KEEP_LIST_INT, _STORE_SUBSCR_UNDER_LIST_INT), run with
# -X jit-threshold=1 by the corpus test too: the same site later given a
# tuple, a dict, a string, a list subclass with __getitem__, bool and
# negative and big-int keys, indexes past the end, and a list that the
# value expression of `a[i] op= v` shrinks before the store.
def total(seqs, key):
    t = 0
    for s in seqs:
        t += s[key]
    return t


lists = [[i, i + 1, i + 2] for i in range(300)]
print("lists", total(lists, 1), total(lists, -1), total(lists, True))
print("mixed", total(lists[:200] + [(5, 6, 7)] + lists[200:], 2))
print("dicts", total(lists[:150] + [{2: 1000}] + lists[150:], 2))


class Doubling(list):
    def __getitem__(self, i):
        return 2 * list.__getitem__(self, i)


print("subclass", total(lists[:250] + [Doubling([1, 2, 3])], 0))
print("big key", total(lists[:100], 2**70 - 2**70 + 2))
try:
    total(lists[:200] + [[1]], 2)
except IndexError as e:
    print("IndexError", e)
try:
    total(lists[:200] + ["ab"], 1)
except TypeError as e:
    print("TypeError", e)
print("string", total(lists[:200], 0), "".join(s[1] for s in ["ab"] * 300))


def bump(rows, col, by):
    for r in rows:
        r[col] += by
    return rows


rows = bump([[0, 0, 0] for _ in range(400)], 1, 3)
print("bump", sum(r[1] for r in rows), rows[0], rows[-1])
rows = bump([[0.5, 1.5] for _ in range(300)], -1, 0.25)
print("bump float", sum(r[1] for r in rows))
rows = bump([[0, 1] for _ in range(250)] + [{1: 10}] + [[5, 5]] * 3, 1, 1)
print("bump dict", rows[250], rows[-1], sum(r[1] for r in rows[:250]))
try:
    bump([[1, 2] for _ in range(250)] + [(1, 2)], 0, 1)
except TypeError as e:
    print("TypeError", e)

victim = [[1, 2, 3] for _ in range(300)]


def shrink(rows):
    n = 0
    for r in rows:
        def grow_or_shrink():
            if n == 280:
                del r[:]
            return 1
        try:
            r[1] += grow_or_shrink()
        except IndexError as e:
            print("IndexError at", n, e)
        n += 1
    return sum(len(r) for r in rows)


print("shrink", shrink(victim))


def clear_in_value(rows, extra):
    for i, r in enumerate(rows):
        r[0] -= extra(i, r)
    return rows


def extra(i, r):
    if i == 290:
        r.clear()
    return 1


try:
    clear_in_value([[10] for _ in range(300)], extra)
except IndexError as e:
    print("IndexError", e)


def firsts(rows):
    # Constant keys: the index goes into the micro-op.
    t = 0
    for r in rows:
        t += r[0] + r[2]
        r[1] *= 2
    return t


print("const", firsts([[i, 1, 2] for i in range(300)]))
print("const dict", firsts([[i, 1, 2] for i in range(250)] + [{0: 5, 1: 1, 2: 7}, [1, 2, 3]]))
for bad in ([1, 2], (1, 2, 3), [[1, 2, 3]], "abc"):
    try:
        print("const", firsts([[i, 1, 2] for i in range(260)] + [bad]))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(lists[5][7])
