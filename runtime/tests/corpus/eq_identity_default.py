"""`==` and `!=` between instances: identity when both classes take
`__eq__` and `__ne__` from `object` (answered without calling them), and
the full protocol as soon as either side or a base defines one, including
after the class is changed at run time. `object.__ne__` inverts the
receiver's own `__eq__` only (`a != n` below reaches `NeOnly.__ne__`, which
tessera once skipped by answering with identity)."""


class Plain:
    pass


class Child(Plain):
    pass


class EqAlways:
    def __eq__(self, other):
        return True


class NeOnly:
    def __ne__(self, other):
        return "ne called"


class Base:
    pass


class Sub(Base):
    def __eq__(self, other):
        return "reflected"


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


a, b, c = Plain(), Plain(), Child()
print(a == a, a == b, a != b, a != a, a == c, c != a)
e = EqAlways()
print(e == a, a == e, e != a, a != e, e == e)
n = NeOnly()
print(n == n, n != n, n != a, a != n)
print(Base() == Sub(), Base() != Sub())
x = NotImpl()
print(x == x, x == NotImpl(), x != x, a == x, x != a)


def loop(objs, target):
    hits = 0
    for i in range(3000):
        for o in objs:
            if o == target:
                hits += 1
            if o != target:
                hits -= 1
    return hits


objs = [Plain(), Child(), a]
print(loop(objs, a))
# A class changed at run time: its instances compare by the new method.
Plain.__eq__ = lambda self, other: "patched"
print(a == b, a == a, c == a, loop(objs, a))
del Plain.__eq__
print(a == b, a == a, loop(objs, a))
Base.__ne__ = lambda self, other: "base ne"
print(Base() != Base(), Sub() != Base())
