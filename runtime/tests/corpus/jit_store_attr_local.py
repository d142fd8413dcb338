# Stores `p.attr = value` with `p` a local, which traces run reading the
# instance where the local holds it (_STORE_ATTR_INSTANCE_LOCAL, or
# _STORE_ATTR_SLOT_LOCAL when a load just checked the shape): instances of
# another shape or class through the same site (the trace leaves with the
# instance pushed), a deleted attribute stored again, an object storing
# itself, a property on a subclass, and a value that is the old value's
# only owner.


class P:
    def __init__(self, i):
        self.x = i
        self.y = -i


class Q(P):
    @property
    def y(self):
        return "q"

    @y.setter
    def y(self, v):
        self.__dict__["yy"] = v


class R:
    def __init__(self, i):
        self.pad = 0
        self.x = i
        self.y = i


def bump(ps):
    for p in ps:
        p.x = p.x + 1
        p.y = p.x * 2
    return [(p.x, p.y) for p in ps[:3]] + [(ps[-1].x, ps[-1].y)]


print("plain", bump([P(i) for i in range(300)]))
mixed = [P(i) if i % 5 else R(i) for i in range(300)]
print("mixed", bump(mixed))

ps = [P(i) for i in range(300)]
del ps[150].y
print("deleted", bump(ps)[-1], ps[150].y)

ps = [P(i) for i in range(200)] + [Q(7)]
try:
    print("property", bump(ps))
except AttributeError as e:
    print("property", type(e).__name__)


def selfref(ps):
    for p in ps:
        p.x = p
    return all(p.x is p for p in ps)


print("self", selfref([P(i) for i in range(100)]))


def owners(ps):
    for i, p in enumerate(ps):
        p.x = [i]
        p.x = p.x + [i]
    return ps[10].x, ps[-1].x


print("owners", owners([P(i) for i in range(200)]))
