# __len__, __getitem__, __setitem__, __delitem__ including slices.

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __repr__(self):
        return f"Seq({self.data})"
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print(f"  getitem slice start={key.start} stop={key.stop} step={key.step}")
            return Seq(self.data[key])
        if not isinstance(key, int):
            raise TypeError(f"Seq indices must be integers or slices, not {type(key).__name__}")
        print(f"  getitem {key}")
        return self.data[key]
    def __setitem__(self, key, value):
        print(f"  setitem {key!r} = {value!r}")
        self.data[key] = value
    def __delitem__(self, key):
        print(f"  delitem {key!r}")
        del self.data[key]

s = Seq(range(10))
print(len(s))
print(s[3], s[-1])
print(s[2:5])
print(s[::3])
print(s[::-1])
print(s[-3:])
print(s[5:2])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
print(s)
del s[0]
del s[::2]
print(s, len(s))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError:", e)

# slice objects and indices()
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(7))
print(slice(None).indices(3), slice(-2, None).indices(5), slice(None, None, -1).indices(4))
print(s[sl])

# Multi-dimensional indexing with tuples
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        r, c = pos
        if isinstance(r, slice):
            return [row[c] for row in self.cells[r]]
        return self.cells[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r][c] = v
    def __len__(self):
        return self.w * self.h

g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g[0, 1], g[1, 2], g[0, 0], g[:, 1], g[:, 2], len(g))
print(g.cells)

# Missing __setitem__/__delitem__
class ReadOnly:
    def __getitem__(self, i):
        return i * 2
ro = ReadOnly()
print(ro[21])
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(ro)
except TypeError as e:
    print("TypeError:", e)

# Not subscriptable at all
class Nothing:
    pass
try:
    Nothing()[0]
except TypeError as e:
    print("TypeError:", e)

# __len__ must return a non-negative int
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in [-1, "3", 2.0, 2 ** 70]:
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(len(BadLen(True)))

# Dict-like container with __getitem__ KeyError
class Registry:
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        try:
            return self._d[k.lower()]
        except KeyError:
            raise KeyError(f"no entry {k!r}") from None
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __len__(self):
        return len(self._d)
    def __contains__(self, k):
        return k.lower() in self._d
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["alpha"], r["beta"], len(r), "ALPHA" in r)
del r["Alpha"]
try:
    r["alpha"]
except KeyError as e:
    print("KeyError:", e)

# Negative index handling is up to the class
class Circular:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i % len(self.items)]
c = Circular("abc")
print([c[i] for i in range(-4, 7)])
