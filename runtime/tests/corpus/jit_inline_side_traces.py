# Side traces that start inside functions a loop's trace runs inline: a
# branch in the callee that goes both ways gets a side trace that finishes
# the callee (and its callers) and carries on in the loop. Run with
# -X jit-threshold=1 by the corpus test too: data-dependent `and`/`or` in
# methods, branches two and three calls deep, `__init__` with a branch, one
# function inlined at two call sites, exceptions raised in the callee after
# the side exit, callee locals and stacks alive across the exit, and
# branches in function traces (a function entered from the interpreter).


class State:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def holding_or_waiting(self):
        return self.a or (not self.b and self.c)

    def score(self, k):
        if k % 3 == 0:
            return self.a + k
        elif k % 3 == 1:
            return k - 1
        return -k


states = [State(i % 2 == 0, i % 3 == 0, i % 5 == 0) for i in range(60)]


def count_holding(states, rounds):
    n = 0
    for r in range(rounds):
        for s in states:
            if s.holding_or_waiting():
                n += 1
            else:
                n -= 1
    return n


print("holding", count_holding(states, 40))


def scores(states, rounds):
    t = 0
    for r in range(rounds):
        for k, s in enumerate(states):
            t += s.score(k + r)
    return t


print("scores", scores(states, 30))


def inner(x):
    if x & 1:
        return x * 3
    return x // 2


def middle(x):
    y = inner(x) + 1
    if y > 50:
        return y - 50
    return y


def outer(x):
    return middle(x) + middle(x + 1)


def deep(n):
    t = 0
    for i in range(n):
        t += outer(i % 97)
    return t


print("deep", deep(3000))


class Point:
    def __init__(self, x, y):
        if x < 0:
            x = -x
        self.x = x
        self.y = y if y else 1


def build(n):
    pts = []
    for i in range(n):
        pts.append(Point(i - n // 2, i % 4))
    return sum(p.x * p.y for p in pts)


print("init", build(2000))


def clamp(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def two_sites(n):
    t = 0
    for i in range(n):
        t += clamp(i % 50, 10, 40)
        t -= clamp((i * 7) % 50, 20, 30)
    return t


print("two sites", two_sites(4000))


def risky(x):
    if x % 10 == 0:
        # Zero first at x = 1490.
        return 100 // ((x // 10 + 1) % 150)
    return x


def raising(n):
    t = 0
    for i in range(n):
        t += risky(i)
    return t


for n in (1000, 2000):
    try:
        print("raising", raising(n))
    except ZeroDivisionError as e:
        print("raised", e)


def keep_alive(items):
    out = []
    for it in items:
        out.append(wrap(it))
    return out


def wrap(it):
    tmp = [it, it]
    if len(it) % 2:
        return tmp[0] + "odd"
    return tmp[1] + "even"


words = ["w" * (i % 5) for i in range(1500)]
res = keep_alive(words)
print("alive", res[:6], len(res))


def branchy(x):
    # Entered from the interpreter (called from a loop that is not
    # compiled because it calls through a dict), so its own trace is a
    # function trace whose branch gets side traces.
    if x % 4 == 0:
        return "a"
    if x % 4 == 1:
        return "b"
    return "c"


table = {"f": branchy}
counts = {}
for i in range(3000):
    r = table["f"](i)
    counts[r] = counts.get(r, 0) + 1
print("function trace", sorted(counts.items()))


def uncaught(n):
    t = 0
    for i in range(n):
        t += middle(i) + risky(i + 1)
    return t


print(uncaught(2000))
