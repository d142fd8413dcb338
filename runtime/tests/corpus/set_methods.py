# set mutation methods: add, remove, discard, pop, clear, update family, copy
s = set()
s.add(3)
s.add(1)
s.add(3)
s.add("x")
s.add((1, 2))
print(len(s), sorted(map(repr, s)))
s.remove("x")
s.discard("not there")
s.discard((1, 2))
print(sorted(s))
try:
    s.remove("x")
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], (7,), range(8, 10), "ab")
print(sorted(map(str, s)))
s.intersection_update(range(6, 100), {6, 7, 8, 50})
print(sorted(s))
s.difference_update({7}, [8])
print(sorted(s))
s.symmetric_difference_update({6, 60})
print(sorted(s))
c = s.copy()
c.add(61)
print(sorted(s), sorted(c), c is s)
c.clear()
print(c, len(c))
popped = []
q = {10, 20, 30}
while q:
    popped.append(q.pop())
print(sorted(popped), q)
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
u = {1, 2, 3, 4}
for x in list(u):
    if x % 2:
        u.remove(x)
print(sorted(u))
try:
    {1}.update(5)
except TypeError as e:
    print("TypeError:", e)
print(set([3, 1, 2]) == {1, 2, 3}, sorted(set("aab")), sorted(set({"k": 1, "j": 2})), set(), sorted(set(range(-2, 3))))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k % 10 == other.k % 10
    def __repr__(self):
        return f"Key({self.k})"
ks = {Key(1), Key(1), Key(2)}
print(len(ks), sorted(ks, key=lambda k: k.k), Key(11) in ks, Key(1) in ks)
seen = set()
dedup = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup, sorted(seen))
print(set.add.__name__, {1, 2}.__len__(), {1}.__contains__(1), sorted({1, 2}.__or__({3})), {1}.__or__([2]))
