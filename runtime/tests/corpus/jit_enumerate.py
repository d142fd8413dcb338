# `for i, x in enumerate(...)` as traces run it: the step and the unpacking
# as one micro-op that builds no tuple (run with -X jit-threshold=1 by the
# corpus test too). Each loop is long enough to be compiled at the default
# threshold, and then meets every way the fast step stops applying: a start
# near the small-int limit, a big start, inner iterators that are
# generators, strings or dict views, an enumerate swapped for another
# iterator at the same loop, wrong-length unpacking, and a list changed
# while it is enumerated.


def weighted(u):
    s = 0
    for j, x in enumerate(u):
        s += j * x
    return s


def from_start(u, start):
    s = 0
    for j, x in enumerate(u, start):
        s += j - x
    return s


def last_counts(it, start):
    out = []
    for j, x in enumerate(it, start):
        out.append(j)
    return out[-3:], len(out)


def pairs(it):
    out = []
    for j, x in enumerate(it):
        out.append((j, x))
    return out[:2], out[-2:], len(out)


def gen(n):
    for i in range(n):
        yield i * 2


long_list = list(range(1000))
floats = [0.5 * i for i in range(700)]
total = 0
for k in range(12):
    total += weighted(long_list)
    total += weighted(tuple(long_list[:k * 50]))
    total += from_start(range(300), k - 6)
print("sums", total, weighted(floats))

# The count crosses the small-int limit (2**47) mid-loop, and a big start.
for k in range(3):
    print("limit", last_counts(range(600), 2**47 - 300))
print("big", last_counts(range(400), 2**70))
print("negative", last_counts(range(400), -(2**47) - 3))

# Inner iterators the fast step does not cover.
for k in range(3):
    print("gen", pairs(gen(500)))
    print("str", pairs("abcdefghij" * 50))
    print("dict", pairs({i: -i for i in range(400)}))
    print("items", pairs({i: -i for i in range(400)}.items()))


# One loop site, sometimes an enumerate and sometimes not.
def mixed(it):
    s = 0
    for j, x in it:
        s += j + x
    return s


for k in range(6):
    print("mixed", mixed(enumerate(range(500))), mixed(zip(range(500), range(500))),
          mixed([(1, 2)] * 400))


# Unpacking an enumerate into the wrong number of names.
def wrong(n):
    try:
        for a, b, c in enumerate(range(n)):
            pass
    except ValueError as e:
        print("ValueError", e)


wrong(3)


# The list grows and shrinks while it is enumerated.
def changing(u):
    seen = 0
    for j, x in enumerate(u):
        seen += 1
        if j == 200:
            u.append(-1)
        if j == 300:
            del u[-100:]
    return seen, len(u)


for k in range(3):
    print("changing", changing(list(range(500))))


# An exception in the body, and break out of the loop.
def stops(u):
    found = None
    for j, x in enumerate(u):
        if x == 777:
            found = j
            break
    try:
        for j, x in enumerate(u):
            if j == 800:
                raise KeyError(j)
    except KeyError as e:
        return found, repr(e)
    return found, None


for k in range(3):
    print("stops", stops(list(range(1000))))

# An uncaught error ends the program with a traceback.
for j, x in enumerate(range(2000)):
    if j == 1500:
        print(x / (j - 1500))
