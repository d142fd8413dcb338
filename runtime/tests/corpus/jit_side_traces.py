# Loops whose branches go both ways often enough that tier 2 gives the
# other side a side trace of its own, linked in place of the exit (run
# with -X jit-threshold=1 by the corpus test too): alternating branches,
# branches whose odds change mid-loop, side traces that leave themselves
# (a type changes, an exception is raised there), nested conditions,
# `break` from a side trace, and a loop whose trace is discarded with its
# side traces and compiled again.


def alternate(n):
    a = b = 0
    for i in range(n):
        if i % 2:
            a += i
        else:
            b -= i
    return a, b


print(alternate(5000))


def thirds(n):
    counts = [0, 0, 0]
    total = 0.0
    for i in range(n):
        r = i % 3
        if r == 0:
            counts[0] += 1
            total += 0.5
        elif r == 1:
            counts[1] += 1
            total -= 0.25
        else:
            counts[2] += 1
            total *= 1.0001
    return counts, round(total, 6)


print(thirds(6000))


def odds_change(n):
    s = 0
    for i in range(n):
        if i < n // 2:
            if i % 5 == 0:
                s += 1
            else:
                s += 2
        else:
            if i % 5 == 0:
                s += 3
            else:
                s -= 1
    return s


print(odds_change(8000))


def leave_side(items):
    # The side trace for odd items meets a float, then a string.
    s = 0
    out = []
    for i, x in enumerate(items):
        if i % 2:
            try:
                s = s + x
            except TypeError as e:
                out.append(str(e))
        else:
            s -= 1
    return s, out


print(leave_side(list(range(4000)) + [0.5, 0.5, 7, "x", 2]))


def side_break(n):
    found = None
    for i in range(n):
        if i % 2:
            if i > n - 10:
                found = i
                break
        else:
            found = -i
    return found


print(side_break(3000))


def retrace(n):
    # Types change after the side traces exist: the whole loop is
    # projected again.
    s = 0
    for i in range(n):
        x = i if i < n // 2 else i * 0.5
        if i % 2:
            s += x
        else:
            s -= x
    return s


print(retrace(6000))
