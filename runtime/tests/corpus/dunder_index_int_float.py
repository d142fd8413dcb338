# __index__, __int__, __float__, __complex__, __round__, __trunc__ etc.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print(f"  __index__ -> {self.v}")
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"

data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(7):Idx(2)])
print("xyz" * Idx(2))
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))))
print(int(Idx(42)))   # int() falls back to __index__ when no __int__
print([10, 20, 30][Idx(-1)])

# __index__ must return int
class BadIdx:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print("TypeError:", e)

# No __index__: not usable as an index
class NoIdx:
    def __int__(self):
        return 1
try:
    [1, 2][NoIdx()]
except TypeError as e:
    print("TypeError:", e)
print(int(NoIdx()))
try:
    "ab" * NoIdx()
except TypeError as e:
    print("TypeError:", e)

# __int__ and __float__
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"
    def __trunc__(self):
        return "trunc called"
    def __floor__(self):
        return "floor called"
    def __ceil__(self):
        return "ceil called"

import math
n = Num(3.75)
print(int(n), float(n), complex(n))
print(round(n), round(n, 1))
print(math.trunc(n), math.floor(n), math.ceil(n))

# float() falls back to __index__
class OnlyIndex:
    def __index__(self):
        return 7
print(float(OnlyIndex()), complex(OnlyIndex()), int(OnlyIndex()))

# Wrong return types
class BadInt:
    def __int__(self):
        return "5"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)

# No conversions at all
class Nothing:
    pass
for conv in [int, float]:
    try:
        conv(Nothing())
    except TypeError as e:
        print("TypeError:", e)

# bool subclass of int
print(int(True), float(False), True.__index__(), [10, 20][True])

# int subclass results
class MyInt(int):
    pass
print(type(int(MyInt(5))).__name__, type(MyInt(5).__index__()).__name__, MyInt(5) + 1)

# __index__ used by hex() and %-formatting
class Hexy:
    def __index__(self):
        return 48879
print(f"{hex(Hexy())}", "%x" % Hexy(), "%d" % Hexy())

# int() of floats, strings, other bases
print(int(3.99), int(-3.99), int("  42 "), int("ff", 16), int("0b101", 0), int("1_000"))
try:
    int("4.5")
except ValueError as e:
    print("ValueError:", e)
print(float("  1e3 "), float("inf"), float("-0"), round(2.5), round(3.5), round(-0.5), round(1.23456, 3))
