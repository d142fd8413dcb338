# Generator expressions drained by set(), tuple(), list(), sorted() and
# friends, hot enough for tier 2 to trace their loops with the yield on the
# trace (_YIELD_COLLECT), next to the same generators driven other ways:
# by a for loop, by next(), half consumed and then collected, and
# generator functions whose yields are not collected. Also closure cells
# read in the loop (_LOAD_DEREF inline) and tuple subscripts
# (_BINARY_SUBSCR_TUPLE_INT), with their failing cases.


def queens_like(n):
    cols = range(8)
    total = 0
    for k in range(n):
        vec = tuple((k * 7 + i * 3) % 8 for i in cols)
        a = set(vec[i] + i for i in cols)
        b = len(set(vec[i] - i for i in cols))
        c = sorted(vec[-i - 1] for i in cols)
        total += len(a) + b + c[0] + sum(x for x in vec)
    return total


print(queens_like(2000))


def modes(n):
    # One genexpr code object, drained by tuple() and walked by a for loop
    # and by next(): the collecting yield must leave for the others.
    out = []
    for k in range(n):
        g = (i * k for i in range(6))
        if k % 3 == 0:
            out.append(tuple(g))
        elif k % 3 == 1:
            s = 0
            for v in g:
                s += v
            out.append(s)
        else:
            first = next(g)
            out.append((first, list(g)))
    return out[-3:], len(out)


print(modes(900))


def gen(n):
    for i in range(n):
        yield i * i


def generators(n):
    total = 0
    for k in range(n):
        total += sum(gen(10)) + len(list(gen(k % 5)))
        total += max(tuple(x for x in gen(7)))
    return total


print(generators(700))


def unbound_cell(n):
    caught = 0
    for k in range(n):
        try:
            t = tuple(later + i for i in range(3))
        except NameError as e:
            caught += 1
            msg = str(e)
        later = k
    return caught, msg, t


print(unbound_cell(500))


def tuple_items(n):
    pairs = [(i, -i, str(i)) for i in range(50)]
    total = 0
    errors = []
    for k in range(n):
        t = pairs[k % 50]
        total += t[0] + t[1] + len(t[2]) + t[-1].count("1")
        try:
            total += t[k % 5]
        except (IndexError, TypeError) as e:
            msg = type(e).__name__ + ": " + str(e)
            if msg not in errors:
                errors.append(msg)
    lst = [1, 2, 3]
    for k in range(n):
        seq = lst if k % 7 == 0 else (4, 5, 6)
        total += seq[k % 3]
    return total, errors


print(tuple_items(3000))


def nested(n):
    rows = [tuple(range(i, i + 4)) for i in range(10)]
    total = 0
    for k in range(n):
        total += len(set(x for r in rows for x in r if x % 2))
        total += sum(tuple(sum(r[j] for j in range(4)) for r in rows))
    return total


print(nested(500))


def escaping_sink(n):
    # A genexpr whose values come from a generator that itself collects.
    out = []
    for k in range(n):
        out.append(frozenset(len(tuple(y for y in range(x))) for x in range(k % 6)))
    return sorted(out[-6:], key=len)


print(escaping_sink(600))
