# Iteration through the old sequence protocol (__getitem__ only).

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print(f"  getitem({i})")
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

for v in Squares(3):
    print("value", v)

print(list(Squares(4)))
print(iter(Squares(1)) is not None, type(iter(Squares(1))).__name__)

# 'in' works via iteration
print(4 in Squares(5))
print(7 in Squares(3))

# Unpacking
a, b = Squares(2)
print(a, b)

# Infinite __getitem__ with break
class Naturals:
    def __getitem__(self, i):
        return i
for n in Naturals():
    if n > 4:
        break
    print("natural", n)

# StopIteration raised from __getitem__ also ends iteration
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return chr(ord("a") + i)
print(list(StopsWithStopIteration()))

# Other exceptions propagate
class KeyErrors:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return i
try:
    list(KeyErrors())
except KeyError as e:
    print("KeyError:", e)

# A dict-like __getitem__ is not really iterable: iteration asks for 0, 1, ...
class Mapping:
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
m = Mapping({0: "zero", 1: "one", "x": "ex"})
try:
    print(list(m))
except KeyError as e:
    print("KeyError:", e)

# __iter__ takes precedence over __getitem__
class Both:
    def __getitem__(self, i):
        return "getitem"
    def __iter__(self):
        return iter(["from", "__iter__"])
print(list(Both()), Both()[99])

# __iter__ = None disables iteration even with __getitem__
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
print(NotIterable()[1])

# Sequence iterator object sees changes to the sequence
class Growing:
    def __init__(self):
        self.data = [1, 2]
    def __getitem__(self, i):
        return self.data[i]
g = Growing()
it = iter(g)
print(next(it))
g.data.append(3)
print(list(it))

# enumerate, zip, sorted, sum, max on a __getitem__ class
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
L = Letters("python")
print(list(enumerate(L))[:3])
print(sorted(L), max(L), "".join(L))
print(list(zip(L, Letters("abc"))))

# slices passed to __getitem__ are slice objects
class ShowKey:
    def __getitem__(self, key):
        return repr(key)
k = ShowKey()
print(k[1], k[1:2], k[::3], k[1, 2], k[..., 0], k["a"])
