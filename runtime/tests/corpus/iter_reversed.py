# reversed() with __reversed__ or with __len__ + __getitem__.

print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print(list(reversed((1, "x", None))))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
print(list(reversed({"a": 1, "b": 2}.items())))
print(type(reversed([])).__name__, type(reversed(range(1))).__name__)

class Custom:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.items[::-1])

c = Custom([1, 2, 3])
print(list(c))
print(list(reversed(c)))

class SeqOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = SeqOnly(4)
print(list(reversed(s)))
print(list(s))    # iteration via __getitem__ (no __len__ call)

# reversed needs a sequence
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)

try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)

try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)

# __reversed__ = None blocks reversal
class Blocked:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(Blocked())
except TypeError as e:
    print("TypeError:", e)

# __reversed__ may return a generator
class Gen:
    def __init__(self, s):
        self.s = s
    def __reversed__(self):
        for ch in self.s[::-1]:
            yield ch.upper()
print(list(reversed(Gen("hello"))))

# Reversed iterator over sequence: length hint and partial consumption
r = reversed([1, 2, 3, 4])
print(next(r), next(r), list(r), list(r))

# Reversed over a list that shrinks while iterating
lst = [1, 2, 3, 4, 5]
out = []
for x in reversed(lst):
    out.append(x)
    if x == 4:
        lst.clear()
print(out)

# __len__ + __getitem__ with negative len
class NegLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
try:
    reversed(NegLen())
except ValueError as e:
    print("ValueError:", e)

# reversed on a class with __getitem__ raising IndexError early
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError("too far")
        return i
# reversed starts at index 4, which raises IndexError -> iteration just stops
print(list(reversed(Short())))

# Reversing a range with steps and negative values
print(list(reversed(range(10, 0, -3))), list(reversed(range(-5, 5, 4))))

# sorted(reverse=True) vs reversed
data = [3, 1, 2]
print(sorted(data, reverse=True), list(reversed(data)), data[::-1])
