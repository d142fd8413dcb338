# What tier 2's optimizer keeps knowing across stores and inline calls:
# an instance's shape passed from a caller's local into the method it
# calls, a slot's type learnt from a compare or a float guard, shapes
# surviving stores of ints and floats, `obj.x op= y` stored from the local,
# and `__init__`'s attributes added to a new instance. Each case then
# breaks the assumption inside the loop (another local aliasing the same
# instance, a callee storing a string, an attribute turning into a list,
# an instance of another shape arriving), where the trace must leave.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        self.x *= k
        self.y /= k
        return self

    def grow(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        return self

    def poison(self):
        self.x = "s"


def scaled(n):
    ps = [P(i, i * 0.5 + 1) for i in range(n)]
    total = 0.0
    for p in ps:
        q = p.scale(2)
        total += q.x + q.y
    return total


print(scaled(500))


def grown(n, poison_at):
    best = P(0, 0.0)
    ps = [P(i % 17, (i * 7) % 13 + 0.5) for i in range(n)]
    for i, p in enumerate(ps):
        best = best.grow(p)
        if i == poison_at:
            # The same instance through another name: the slot's type
            # changes where the trace did not store.
            alias = best
            alias.x = 100
    return best.x, best.y


print(grown(400, 250))


def aliasing(n):
    a = P(1.0, 2.0)
    b = a
    out = []
    for i in range(n):
        v = a.x
        if v > 0:
            b.x = [i] if i == n - 5 else v + 1.0
        out.append(type(a.x).__name__)
        if i == n - 5:
            a.x = 7.0
    return out[-6:], a.y


print(aliasing(300))


def callee_poisons(n):
    ps = [P(float(i), 1.0) for i in range(n)]
    seen = []
    for i, p in enumerate(ps):
        x = p.x
        if x > -1:
            if i == n - 3:
                p.poison()
            seen.append(p.x)
    return seen[-4:]


print(callee_poisons(300))


def augmented(n):
    p = P(1.0, 3.0)
    for i in range(n):
        p.x += 0.5
        p.y -= 0.25
        if i == n - 10:
            p.x = "a"
            try:
                p.x += 0.5
            except TypeError as e:
                print("TypeError:", e)
            p.x = 0.0
    return p.x, p.y


print(augmented(400))


class Q:
    def __init__(self, a):
        self.a = a
        if a > 250:
            self.c = a
        self.b = a * 2

    def total(self):
        return self.a + self.b


def shapes(n):
    t = 0
    for i in range(n):
        q = Q(i)
        t += q.total()
        if i % 97 == 0:
            t += len(vars(q))
    return t


print(shapes(400))


class R:
    def __init__(self, v):
        self.v = v

    def bump(self, other):
        other.v = other.v + self.v
        self.v = self.v * 1
        return other


def two_instances(n):
    a, b = R(1), R(0)
    for i in range(n):
        b = a.bump(b)
        if i == n - 7:
            b.v = 1.5
    return a.v, b.v


print(two_instances(300))


def compare_num(n):
    p = P(0, 0)
    hits = 0
    for i in range(n):
        if p.x < i:
            p.x = p.x + 1
            hits += 1
        if i == n // 2:
            p.x = 10.0**20
        if i == n - 20:
            p.x = 2**70
    return hits, p.x


print(compare_num(600))


def alias_float(a, b, src, n):
    # With `a` and `b` one instance, `a.x` and `b.x` are one slot: the store
    # through `b` must make the trace check `a.x` again (a float guard
    # learnt before the store). Run warm with floats, then with a string,
    # which the trace stores from its second iteration.
    t = 0.0
    for i in range(n):
        t += a.x * 0.5
        t -= b.x * 0.25
        b.x = src.y if i > 0 else 1.0
        t += a.x + 0.5
    return t


shared = P(1.0, 2.0)
src = P(0.0, 3.0)
print(alias_float(shared, shared, src, 300))
src.y = "s"
try:
    print(alias_float(shared, shared, src, 300))
except TypeError as e:
    print("TypeError:", e)
print(shared.x)


class Maybe:
    # `__init__` run inline returns what it is given: None, except once.
    def __init__(self, v, r):
        self.v = v
        return r


class Temp:
    # A local that owns a list when `__init__` returns: the inline return
    # must free it.
    def __init__(self, v):
        tmp = [v, v]
        self.v = sum(tmp)


def inits(n):
    rs = [None] * n
    rs[n - 5] = 7
    t = 0
    for i in range(n):
        try:
            t += Maybe(i, rs[i]).v
        except TypeError as e:
            print("TypeError:", e)
        # From a local: `__init__`'s locals are all held by the caller's.
        r = rs[n - 1 - i]
        try:
            t += Maybe(i, r).v
        except TypeError as e:
            print("TypeError:", e)
        t += Temp(i).v
    return t


print(inits(300))


class Node:
    def __init__(self, v):
        self.v = v

    def pick(self, other, k):
        # Inline, its arguments held by the caller's locals: a parameter
        # rebound to a new object (freed at the return), a call that runs
        # code, a local holding a string.
        if k % 3 == 0:
            other = Node(k)
        s = str(k)
        return other.v + len(s)


def held_returns(n):
    a = Node(1)
    b = Node(2)
    t = 0
    for k in range(n):
        t += a.pick(b, k)
    return t, a.v, b.v


print(held_returns(300))
