# Number operations whose operand types tier 2's optimizer knows: an int
# floor-divided or taken modulo a constant power of two (a shift, a mask),
# and an int meeting a float (converted, then the float operation). Each
# loop runs long enough to be traced and covers negative ints, the edges of
# the small-int range, zero divisors (whose messages differ between int
# and float division) and -0.0, and then feeds the trace what it did not
# expect.


def shifts(n):
    out = []
    for i in range(-n, n):
        a = i * 7 + 3
        out.append((a // 2, a // 8, a % 2, a % 16, (a * a) // 1024, a // 1))
    return out


def big_edges():
    # Near the 48-bit small-int limit and past it, where ints are boxed.
    out = []
    base = 2**46
    for k in range(40):
        a = base + k * 999 - 20000
        b = -a
        out.append((a // 4, b // 4, a % 4, b % 4, (a * 4) // 2, (b * 8) % 32))
    return out


def mixed(n):
    total = 0.0
    out = []
    for i in range(1, n):
        j = i - n // 2
        x = 1.0 / (i * (i + 1) // 2 + i + 1)
        y = j * 0.25 + 1.5 - j
        z = 2.5 * j - j * j
        w = 3 / (j + 0.5)
        total += x * y + z / (1.0 + i) + w
        out.append((x, y, z, w))
    return total, out[:5], out[-3:]


def negative_zero(n):
    out = []
    for i in range(n):
        j = i - i
        out.append((j * -1.0, -1.0 * j, 0.0 - j, j - 0.0, -0.0 + j))
    return out[:2]


def zero_divisors(n):
    seen = []
    for i in range(n, -3, -1):
        d = i - i % 3 if i > 3 else i
        f = 1.5
        try:
            seen.append(f / d)
        except ZeroDivisionError as e:
            seen.append(("float/int", str(e)))
        try:
            seen.append(d / f if i else d / 0.0)
        except ZeroDivisionError as e:
            seen.append(("int/float", str(e)))
        try:
            seen.append(7 / d)
        except ZeroDivisionError as e:
            seen.append(("int/int", str(e)))
    return seen


def changing_types(n):
    # The int turns into a float, a big int and a string inside the loop.
    out = []
    vals = [3] * n + [3.5, 2**60, "s"]
    for v in vals:
        try:
            out.append((v // 4, v % 8, v * 0.5, 1.0 - v))
        except TypeError as e:
            out.append(str(e))
    return out[-4:]


print(shifts(60)[:6], shifts(60)[-6:], sum(sum(t) for t in shifts(300)))
print(big_edges()[:3], big_edges()[-3:])
print(mixed(500))
print(negative_zero(300))
print(zero_divisors(40)[:6], zero_divisors(40)[-12:])
print(changing_types(400))
