# tuples as records, ending with an uncaught TypeError from item assignment
point = (3, 4)
x, y = point
print(point, x, y, (x ** 2 + y ** 2) ** 0.5)
rgb = (255, 128, 0)
print("#%02x%02x%02x" % rgb, "#{:02X}{:02X}{:02X}".format(*rgb), tuple(c // 2 for c in rgb))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
by_age = {}
for name, age in people:
    by_age[age] = by_age.get(age, ()) + (name,)
print(by_age)
t = (1, [2, 3], "s")
t[1].append(4)
print(t, len(t), t.count(1), t.index("s"))
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
a = (1, 2, 3)
b = a[:]
c = tuple(a)
d = a + ()
print(a == b == c == d, a[::-1], a * 2, a[1:] + a[:1])
nested = ((1, 2), (3, 4), (5, 6))
print(sum(x * y for x, y in nested), [x for x, _ in nested], dict(nested), tuple(map(sum, nested)))
print(max(nested, key=lambda p: p[1] - p[0]), sorted(nested, reverse=True)[0], (1, 2) in nested)
empty = ()
print(len(empty), bool(empty), empty == tuple(), empty + (1,), repr(empty * 5))
single = ("only",)
print(single, single[0], len(single), single * 2, (single,))
print(tuple("hi") < tuple("ho"), (1, 2, 3) > (1, 2), (0,) * 3 == (0, 0, 0))
coords = [(0, 0), (1, 2), (2, 4)]
dx = [b[0] - a[0] for a, b in zip(coords, coords[1:])]
print(dx, list(zip(*coords)))
print("attempting to modify a tuple")
rgb[0] = 0
print("not reached")
