# Arithmetic of a float with a small int constant, which traces turn into
# float micro-ops with the constant converted (Python converts the int
# first, so the results are the same): run with -X jit-threshold=1 by the
# corpus test too. Constants on either side, division by a constant and of
# a constant, a site that later sees ints and strings, constants beyond
# 2**53, signed zeros, infinities and NaN.


def scale(xs):
    out = []
    for x in xs:
        y = x * 3
        z = 7 * x
        w = y / 2
        v = 1 - x
        u = x + 5
        out.append((y, z, w, v, u))
    return out


floats = [0.1 * i for i in range(200)]
r = scale(floats)
print("floats", r[0], r[1], r[57], r[199], len(r))
print("ints later", scale(floats[:100] + [3, -4] + floats[100:])[100:103])
try:
    scale(floats[:150] + ["s"])
except TypeError as e:
    print("type error", e)


def specials(xs):
    out = []
    for x in xs:
        out.append((x * 3, x / 2, 2 - x, x * -1))
    return out


vals = [1.5] * 100 + [-0.0, 0.0, float("inf"), float("-inf"), float("nan"), 1e308, -1e-320]
for t in specials(vals)[-7:]:
    print("special", t)


def divide_constant(xs):
    t = 0.0
    for x in xs:
        t += 10 / x
    return t


print("constant over float", divide_constant([float(i + 1) for i in range(300)]))
try:
    divide_constant([float(i + 1) for i in range(300)] + [0.0])
except ZeroDivisionError as e:
    print("zero", e)


def big_constant(xs):
    t = 0.0
    for x in xs:
        t += x * 9007199254740993
    return t


print("big constant", big_constant([1.0, 0.5] * 150))


def uncaught(xs):
    t = 0.0
    for x in xs:
        t += x / 4
    return t


print(uncaught([1.0] * 300 + [None]))
