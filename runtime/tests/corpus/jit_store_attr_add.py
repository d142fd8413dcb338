# Attribute stores that add an instance's next attribute
# (StoreAttrInstanceAdd), which traces do inline (_GUARD_INSTANCE then
# _STORE_ATTR_INSTANCE_ADD): classes with and without __slots__, more
# attributes than the first slot vector holds (it grows), an instance
# that already has the attribute or lacks an earlier one (a different
# number of slots: the trace leaves), a property added to the class later
# (its version changes), and __init__ raising half-way.


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = i
        self.y = i * 2
        self.z = -i


class Wide:
    def __init__(self, i):
        self.a = i
        self.b = i + 1
        self.c = i + 2
        self.d = i + 3
        self.e = i + 4
        self.f = i + 5
        self.g = i + 6
        self.h = i + 7
        self.k = i + 8


ps = [P(i) for i in range(500)]
print("slots", sum(p.x + p.y + p.z for p in ps), ps[7].y)
ws = [Wide(i) for i in range(500)]
print("wide", sum(w.a + w.k for w in ws), vars(ws[3]))


class Late:
    def __init__(self, i, first):
        if first:
            self.first = i
        self.second = i


ls = [Late(i, i % 3 == 0) for i in range(600)]
print("late", sum(getattr(o, "first", 0) + o.second for o in ls), sorted(vars(ls[3])), sorted(vars(ls[4])))


class Watched:
    def __init__(self, i):
        self.v = i
        self.w = i + 1


objs = []
sets = []
for i in range(400):
    objs.append(Watched(i))
    if i == 250:
        # From here on `self.w = ...` runs the property's setter.
        Watched.w = property(lambda self: self.v * 100, lambda self, value: sets.append(value))
print("watched", objs[249].w, objs[251].w, sets[:3], len(sets), len(objs))


class Half:
    def __init__(self, i):
        self.a = i
        if i == 300:
            raise ValueError("half-way at %d" % i)
        self.b = i


hs = []
try:
    for i in range(400):
        hs.append(Half(i))
except ValueError as e:
    print("half", e, len(hs), hs[-1].b)


class Refs:
    def __init__(self, items):
        self.items = items
        self.first = items[0]


rs = [Refs([i, str(i)]) for i in range(300)]
print("refs", rs[123].items, rs[299].first)
