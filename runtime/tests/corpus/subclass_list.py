# Subclassing list.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), s[0], s[-1], s[1:])
print(type(s[1:]).__name__, type(s + [9]).__name__, type(s * 2).__name__)
print(isinstance(s, list), isinstance(s, Stack), type(s) is list)
print(s == [1, 2, 3], [1, 2, 3] == s, s != Stack([1]))
print(Stack().peek(), bool(Stack()), bool(s))

# Overriding append (note: extend and += do NOT call append)
class Logged(list):
    def append(self, x):
        print(f"  append({x!r})")
        super().append(x)
    def __setitem__(self, i, v):
        print(f"  setitem({i!r}, {v!r})")
        super().__setitem__(i, v)

lg = Logged()
lg.append(1)
lg.extend([2, 3])
lg += [4]
lg.insert(0, 0)
lg[1] = "one"
lg[2:4] = ["x"]
print(lg, type(lg).__name__)

# Typed list with validation
class IntList(list):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self.append(x)
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"IntList only accepts int, got {type(x).__name__}")
        super().append(x)
    def total(self):
        return sum(self)

il = IntList([1, 2, 3])
il.append(4)
print(il, il.total())
try:
    il.append("5")
except TypeError as e:
    print("TypeError:", e)
try:
    IntList([1, 2.0])
except TypeError as e:
    print("TypeError:", e)

# Overriding __getitem__ with 1-based indexing
class OneBased(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            if i == 0:
                raise IndexError("OneBased index starts at 1")
            return super().__getitem__(i - 1 if i > 0 else i)
        return super().__getitem__(i)

ob = OneBased("abc")
print(ob[1], ob[3], ob[-1], ob[0:2])
try:
    ob[0]
except IndexError as e:
    print("IndexError:", e)
print(list(ob), [x for x in ob])   # iteration does not use __getitem__ override

# Extra attributes on list subclass instances
class Named(list):
    pass
n = Named([1])
n.label = "numbers"
print(n, n.label, vars(n))

# sort/reverse/copy return types
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, type(l.copy()).__name__, type(sorted(l)).__name__, type(l[:]).__name__)

# __init__ override with different signature
class Range(list):
    def __init__(self, n):
        super().__init__(range(n))
r = Range(4)
print(r, len(r), r.count(2), r.index(3))

# __contains__ and __eq__ overrides
class Approx(list):
    def __contains__(self, x):
        return any(abs(x - y) < 0.01 for y in self)
ap = Approx([1.0, 2.5])
print(2.501 in ap, 3 in ap, list.__contains__(ap, 2.501))

# Subclass in boolean, len, reversed, sorted contexts
class Deck(list):
    def __len__(self):
        return super().__len__() * 10
d = Deck([1, 2])
print(len(d), bool(Deck()), list(reversed(d)))

# Subclass with __add__ preserving type
class Keep(list):
    def __add__(self, other):
        return Keep(super().__add__(other))
    def __repr__(self):
        return f"Keep({list(self)})"
k = Keep([1]) + [2] + [3]
print(k, type(k).__name__)
