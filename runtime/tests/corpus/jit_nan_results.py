# Float results that are NaN, made inside a hot loop (so by JIT code when it
# is on): every NaN the traces store must be the canonical one, or the value
# word would read as some other type. inf - inf gives x86's default NaN, whose
# sign bit is set.
import math


def f(n):
    x = float('inf')
    s = 0
    z = 1.0
    y = w = 0.0
    for i in range(n):
        y = x - x
        w = y * z + 1.0
        if y != y:
            s += 1
    return s, y, w, math.isnan(w), [y, w], -y, abs(w)


def g(n):
    acc = []
    a = 0.0
    for i in range(n):
        a = a * 0.0 + (x := float(i)) * math.inf
        acc.append(a)
    return acc[:3], sum(1 for v in acc if v != v), repr(acc[0])


print(f(1000))
print(g(500))
print(math.copysign(1.0, f(10)[1]) in (1.0, -1.0))
