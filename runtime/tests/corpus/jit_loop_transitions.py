# Loops that follow one another and nest, where traces continue in other
# loops' traces (_JUMP_TO_TRACE) and the code after a loop gets a
# continuation side trace. Run with -X jit-threshold=1 by the corpus test
# too: inner loops whose types change after the outer trace jumps into
# them, break and while-else, an inner loop that is sometimes skipped,
# exceptions raised after a loop, loops in generators, a loop whose trace
# is discarded (its exits turn hot) while other traces jump into it, and a
# loop body too long for a trace.


def nested(n, m):
    total = 0
    for i in range(n):
        j = 0
        while j < m:
            total += j
            j += 1
        total -= i
    return total


print("nested", nested(300, 20), nested(5, 0), nested(200, 1))


def sequential(n):
    a = b = c = 0
    for i in range(n):
        for k in range(3):
            a += k
        for k in range(4):
            b += k * i
        k = 0
        while k < 2:
            c -= k
            k += 1
    return a, b, c


print("sequential", sequential(500))


def changing(rows):
    # The inner loop adds ints first, then floats, then strings: the inner
    # trace's guards fail where the outer trace jumps in.
    out = []
    for row in rows:
        acc = row[0]
        for x in row[1:]:
            acc = acc + x
        out.append(acc)
    return out


rows = [[i, i + 1, i + 2] for i in range(200)]
rows += [[0.5 * i, 1.5, 2.5] for i in range(200)]
rows += [["a", "b", str(i)] for i in range(200)]
res = changing(rows)
print("changing", res[0], res[199], res[200], res[399], res[400], res[599], len(res))


def with_break(data, limit):
    found = []
    for row in data:
        for k, x in enumerate(row):
            if x > limit:
                found.append((k, x))
                break
        else:
            found.append(None)
    return found


data = [[(i * 7 + j) % 50 for j in range(10)] for i in range(300)]
fb = with_break(data, 45)
print("break", fb[:5], fb.count(None), len(fb))


def while_else(n):
    hits = 0
    for i in range(n):
        k = i % 7
        while k:
            k -= 1
            if k == 3:
                break
        else:
            hits += 1
    return hits


print("while-else", while_else(1000))


def raises_after(n, bad):
    t = 0
    for i in range(n):
        for k in range(5):
            t += k
        t = t + (1 // (i - bad))
    return t


for bad in (250, 10**6):
    try:
        print("raises", raises_after(300, bad))
    except ZeroDivisionError as e:
        print("raised", type(e).__name__, e)


def gen(n):
    for i in range(n):
        s = 0
        for k in range(i % 5):
            s += k
        yield s


print("generator", sum(gen(1000)), list(gen(12)))


def retraced(n):
    # The inner loop's branch flips half way, so its trace is projected
    # again while the outer trace keeps jumping to the loop's back edge.
    total = 0
    for i in range(n):
        k = 0
        while k < 10:
            if i < n // 2:
                total += k
            else:
                total -= 2 * k
            k += 1
        total += 1
    return total


print("retraced", retraced(600), retraced(7))


def three_deep(n):
    t = 0
    for a in range(n):
        for b in range(4):
            for c in range(3):
                t += a * b - c
            t -= b
    return t


print("three deep", three_deep(150))


def mixed_kinds(n):
    # An outer loop over a list whose items change kind; the inner loop
    # reads them.
    items = list(range(n)) + [float(i) for i in range(n)] + [None] * 3
    t = 0
    for x in items:
        if x is None:
            t += 1000
            continue
        j = 0
        while j < 3:
            t += x
            j += 1
    return t


print("mixed kinds", mixed_kinds(300))


# A loop body longer than one trace (400 micro-ops), which the interpreter
# runs, and loops inside it compiled; one statement in the middle raises
# in the last iteration.
lines = ["def long_body(n, t3, bad):", "    total = 0", "    for i in range(n):"]
for k in range(150):
    lines.append("        a, b, c = t3")
    lines.append("        total += a * %d - b + (c if i %% 3 else -c)" % k)
    if k == 100:
        lines.append("        total += 1 // (i - bad)")
lines.append("    return total")
exec("\n".join(lines))
print("long body", long_body(300, (1, 2, 3), 10**6), long_body(5, (4, 5, 6), 10**6))
try:
    long_body(300, (1, 2, 3), 250)
except ZeroDivisionError as e:
    print("long body raised", e)


def uncaught(n):
    t = 0
    for i in range(n):
        for k in range(4):
            t += k
        t += [1, 2, 3][i - 200]
    return t


print(uncaught(400))
