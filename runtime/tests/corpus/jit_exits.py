# Loops that tier 2 compiles (run with -X jit-threshold=1 by the corpus
# test, too), leaving their traces every way a trace can leave: guard
# failures on types, small-int overflow, branches the projection did not
# follow, globals rebound and builtins shadowed mid-loop, exceptions raised
# by helpers (caught in the loop and outside it), break and continue,
# generators, nested loops, a class attribute replaced mid-loop.


def types_change(items):
    total = 0
    for x in items:
        total = total + x
    return total


print(types_change([1, 2, 3] * 50 + [0.5] * 10 + [2**70]))


def overflow(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3
        i = i + 1
    return x


print(overflow(100))


def branches(n):
    a = b = 0
    for i in range(n):
        if i % 7 == 0:
            a = a + i
        elif i % 2:
            b = b - 1
        else:
            continue
        if i > n - 5:
            break
    return a, b


print(branches(1000))

K = 1


def uses_global(n):
    s = 0
    for i in range(n):
        s = s + K
        if i == n // 2:
            rebind()
    return s


def rebind():
    global K
    K = 100


print(uses_global(200))


def shadow_builtin(n):
    out = []
    for i in range(n):
        out.append(len("abc"))
        if i == 5:
            globals()["len"] = lambda s: -1
    del globals()["len"]
    return out


print(shadow_builtin(10))


def raises_inside(n):
    caught = 0
    for i in range(n):
        try:
            if i % 10 == 9:
                x = 1 // 0
            y = i / (i - 50)
        except ZeroDivisionError as e:
            caught = caught + 1
    return caught


print(raises_inside(100))


def gen(n):
    for i in range(n):
        yield i * i


def consume(n):
    s = 0
    for v in gen(n):
        s = s + v
    return s


print(consume(300))


def nested(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(i * j if (i + j) % 3 else -1.5)
        rows.append(sum(row))
    return rows


print(nested(12))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del q
        q = i
    return q


try:
    unbound(30)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def attrs(n):
    class P:
        pass

    p = P()
    p.x = 0
    for i in range(n):
        p.x = p.x + i
        if i == 20:
            P.x = property(lambda self: 7)
            break
    return p.x


print(attrs(100))


def fails(n):
    d = {}
    for i in range(n):
        d[i] = i
    return d[n]


fails(40)
