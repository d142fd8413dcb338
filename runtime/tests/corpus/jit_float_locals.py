# Float arithmetic on two locals, which traces fuse into one micro-op
# (_BINARY_OP_{ADD,SUB,MUL}_FLOAT_LL, with a check of both locals when
# their types are not yet known), run with -X jit-threshold=1 by the
# corpus test too: sites later given ints, a mix, strings and lists;
# NaN, infinities and signed zeros; the same local on both sides; and a
# local that is a float only on some iterations.
import math


def spread(pairs):
    t = 0.0
    for a, b in pairs:
        d = a - b
        t += d * d
        s = a + b
        t -= s * a
    return t


floats = [(2.0, 0.5), (1.0, 3.5), (-0.0, 0.0)] * 100
print("floats", spread(floats))
print("ints late", spread(floats + [(3, 4), (5, 6)]))
print("mixed late", spread(floats + [(3, 4.5), (0.5, 7)]))
try:
    spread(floats + [("ab", "c")])
except TypeError as e:
    print("TypeError", e)
print("lists", spread(floats[:250] + [(2.0, 1.0)]))


def specials(n):
    out = []
    inf = math.inf
    for i in range(n):
        x = inf if i % 3 == 0 else -0.0
        y = inf if i % 2 == 0 else 0.0
        a = x - y
        b = x * y
        c = y + x
        out.append((a, b, c))
    return out


r = specials(300)
print("specials", r[:6])
print("nan count", sum(1 for a, b, c in r if a != a), sum(1 for a, b, c in r if b != b))
print("signs", [math.copysign(1.0, c) for a, b, c in r[:6]])


def sometimes(n):
    t = 0
    for i in range(n):
        v = i * 0.5 if i % 7 else i
        w = v * v
        t = t + w - v
    return t


print("sometimes", sometimes(400))



# Constant exponents: the optimizer knows both operands are floats.
def pow_m15(bases):
    return [(x * 1.0) ** -1.5 for x in bases]


def pow_15(bases):
    return [(x * 1.0) ** 1.5 for x in bases]


def pow_3(bases):
    return [(x * 1.0) ** 3.0 for x in bases]


def pow_m3(bases):
    return [(x * 1.0) ** -3.0 for x in bases]


def pow_2(bases):
    return [(x * 1.0) ** 2.0 for x in bases]


print("pow", pow_m15([float(i) + 0.5 for i in range(300)])[-3:])
print("pow negative", pow_15([2.0] * 250 + [-8.0])[-2:])
print("pow underflow", pow_3([2.0] * 250 + [1e-300])[-2:])
print("pow nan inf", pow_2([2.0] * 250 + [math.nan, math.inf])[-3:])
try:
    pow_m3([2.0] * 250 + [0.0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow_3([2.0] * 250 + [1e300])
except OverflowError as e:
    print("OverflowError", e)
