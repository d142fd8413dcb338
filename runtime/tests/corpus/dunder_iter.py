# __iter__ implementations: returning self, generators, and separate iterators.

class Countdown:
    """Iterable (not iterator): each iter() gives a fresh generator."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1

c = Countdown(3)
print(list(c), list(c))
print([(a, b) for a in c for b in c][:4])

class OneShot:
    """Iterator: __iter__ returns self, so it can only be consumed once."""
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

o = OneShot(3)
print(list(o), list(o))
o2 = OneShot(3)
print([(a, b) for a in o2 for b in o2])   # inner loop exhausts the shared iterator

# A class with __iter__ returning an iterator of another container
class Team:
    def __init__(self, *members):
        self.members = list(members)
    def __iter__(self):
        return iter(self.members)
    def __len__(self):
        return len(self.members)
t = Team("ann", "bob")
print(list(t), len(t), sorted(t, reverse=True), "bob" in t)
print(dict.fromkeys(t, 0), list(enumerate(t)))

# __iter__ and __next__ both defined, plus reset
class Cycle:
    def __init__(self, items, limit):
        self.items, self.limit = items, limit
    def __iter__(self):
        self.pos = 0
        return self
    def __next__(self):
        if self.pos >= self.limit:
            raise StopIteration
        v = self.items[self.pos % len(self.items)]
        self.pos += 1
        return v
cy = Cycle("ab", 5)
print("".join(cy), "".join(cy))

# Iterating a dict-like class over keys, values, items
class Inventory:
    def __init__(self):
        self._d = {}
    def add(self, k, n):
        self._d[k] = self._d.get(k, 0) + n
        return self
    def __iter__(self):
        return iter(self._d)
    def items(self):
        for k in self:
            yield k, self._d[k]
inv = Inventory().add("apple", 3).add("pear", 1).add("apple", 2)
print(list(inv), list(inv.items()), dict(inv.items()))

# Modifying underlying container during iteration
lst = [1, 2, 3]
try:
    for x in lst:
        if x == 1:
            lst.remove(x)
    print("list after removal loop:", lst)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(99)
except RuntimeError as e:
    print("RuntimeError:", e)

# __iter__ that yields from multiple sources
class Concat:
    def __init__(self, *parts):
        self.parts = parts
    def __iter__(self):
        for p in self.parts:
            yield from p
print(list(Concat([1, 2], "xy", Countdown(2), range(2))))

# Unpacking and star-expressions use __iter__
a, *rest = Countdown(4)
print(a, rest)
print([*Countdown(2), *Team("z")], (*"ab", *Countdown(1)))
print({*Countdown(3)} == {1, 2, 3})

# zip with a custom iterator advances it as needed
o3 = OneShot(5)
print(list(zip(o3, "ab")), next(o3))

# iter() on a class whose __iter__ raises
class Broken:
    def __iter__(self):
        raise RuntimeError("cannot iterate now")
try:
    for _ in Broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration from __next__ inside a generator-based __iter__ is converted
class Leaky:
    def __iter__(self):
        it = iter([1])
        while True:
            yield next(it)
try:
    list(Leaky())
except RuntimeError as e:
    print("RuntimeError:", e)
