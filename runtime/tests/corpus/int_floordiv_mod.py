# Floor division and modulo semantics, including negatives, zero, and errors
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for x, y in pairs:
    q, r = divmod(x, y)
    print(f"{x:>3} {y:>3} | // {x // y:>3} % {x % y:>3} divmod {q, r} check {q * y + r == x}")
print("big:")
for x, y in [(10 ** 20, 7), (-(10 ** 20), 7), (10 ** 20, -7), (-(10 ** 20), -(10 ** 19) - 3)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x)
print("bools:", True // 1, True % 2, divmod(True, True), False // True)
for op in ("//", "%", "divmod", "/"):
    for x in (5, 0, -5):
        try:
            if op == "//":
                v = x // 0
            elif op == "%":
                v = x % 0
            elif op == "divmod":
                v = divmod(x, 0)
            else:
                v = x / 0
            print("no error", v)
        except ZeroDivisionError as e:
            print(op, x, type(e).__name__, e)
try:
    print(10 ** 30 // 0)
except ZeroDivisionError as e:
    print("big", e)
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print("pow", e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print("mixed", e)
try:
    print(5 // 0.0)
except ZeroDivisionError as e:
    print("mixed //", e)
try:
    print(divmod(5, 0.0))
except ZeroDivisionError as e:
    print("mixed divmod", e)
# modulo results always take the sign of the divisor
print([i % 4 for i in range(-8, 9)])
print([i % -4 for i in range(-8, 9)])
print([i // 4 for i in range(-8, 9)])
print([(-i) // 4 == -(i // 4) for i in range(0, 9)])
# integer true division is correctly rounded
print(1 / 3, 2 / 3, -1 / 3, 10 ** 17 / 3, (2 ** 53 + 1) / 1)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7, -2.5))
