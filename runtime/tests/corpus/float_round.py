# round() with banker's rounding and ndigits; float conversion
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 1, -0.0]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, 1.35, -1.25, 12.345, 0.045]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, 5))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(5e-324, 400), round(1.5, 350), round(123.456, -10), round(1e300, -299))
print(round(0.1, 17), round(1 / 3, 3), round(2 / 3, 15), round(-2 / 3, 4))
print(type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(2.5, None))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2))
    try:
        print(round(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(7, 2), round(-7, -1), round(15, -1), round(25, -1), type(round(7, 2)).__name__)
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), int(-2.9))
print([round(x / 2) for x in range(-7, 8)])
print([round(x / 10, 1) for x in range(0, 20, 3)])
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, "2")
except TypeError as e:
    print("TypeError:", e)
print(round(2 ** 70 + 0.0), round(1.23456789e10, -5), round(-0.4), round(-0.6))
# round() for values halfway in decimal but not in binary
for v in [0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]:
    print(v, round(v, 1), f"{v:.1f}", round(v * 10) / 10)
for v in [1.5, 2.5, -1.5, -2.5]:
    print(v, round(v), math.floor(v + 0.5), math.ceil(v - 0.5), int(v))
print(round(0.5, 0), round(-0.5, 0), round(1.5, 0), round(2.5, 0), repr(round(-0.4, 0)))
