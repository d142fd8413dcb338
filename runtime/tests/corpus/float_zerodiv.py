# Division by zero with floats, ends with an uncaught ZeroDivisionError
import math
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("math.inf / 0", lambda: math.inf / 0),
    ("math.nan / 0", lambda: math.nan / 0),
    ("math.fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("(10**400) / 0.5", lambda: (10 ** 400) / 0.5),
    ("1e308 * 1e10", lambda: 1e308 * 1e10),
    ("(10**400) / 10**399", lambda: (10 ** 400) / 10 ** 399),
    ("1 / 10**400", lambda: 1 / 10 ** 400),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "=", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return math.copysign(math.inf, a) if a else math.nan
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0))
total = 0.0
for d in [2.0, 1.0, 0.5, 0.25]:
    total += 1 / d
print("total", total)
print("now dividing by zero")
print(total / (total - total))
