# Iterable classes returning fresh iterators; ends with uncaught TypeError.

class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iterator(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __repr__(self):
        return f"Range2({self.start}, {self.stop}, {self.step})"

class Range2Iterator:
    def __init__(self, r):
        self.r = r
        self.cur = r.start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v

r = Range2(0, 10, 3)
print(r, len(r), list(r), list(r))
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
print([(a, b) for a in Range2(0, 2) for b in Range2(5, 7)])

# Iterable via generator __iter__
class Deck:
    suits = "SH"
    ranks = ["A", "K", "Q"]
    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    def __len__(self):
        return len(self.suits) * len(self.ranks)

d = Deck()
print(list(d), len(d))
print(sorted(d))
print("QH" in d, "JH" in d)

# Linked list iteration
class LinkedList:
    class _Node:
        def __init__(self, val, nxt):
            self.val, self.next = val, nxt
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = self._Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"

ll = LinkedList(1, "two", 3.0)
print(ll, list(ll), len(list(ll)))
print(LinkedList())

# Matrix iterable yielding rows, and columns via a property
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        return iter(self.rows)
    @property
    def columns(self):
        return [list(c) for c in zip(*self.rows)]
m = Matrix([[1, 2], [3, 4], [5, 6]])
for row in m:
    print("row", row)
print(m.columns)

# Tree with in-order iteration
class BST:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1])
            else:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return walk(self.root)

t = BST()
for v in [5, 2, 8, 1, 9, 3, 7]:
    t.insert(v)
print(list(t), min(t), max(t), sum(t))

# Iterating a class itself is not possible (no metaclass __iter__)
try:
    iter(Deck)
except TypeError as e:
    print("TypeError:", e)

class Plain:
    def __repr__(self):
        return "Plain()"

print("iterating a non-iterable instance:")
for x in Plain():
    print(x)
