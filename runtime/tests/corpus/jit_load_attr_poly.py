# Attribute loads at a site that sees several receiver types, where the
# interpreter's cache goes polymorphic (LoadAttrPoly) and traces read the
# cache's table inline (_LOAD_ATTR_POLY): two to six classes through one
# site (more than the table holds), a slot emptied by `del`, an attribute
# that is a property on one class, a class attribute, a module, and a
# class gaining the attribute as a property while the loop runs.
import math


class A:
    def __init__(self, v):
        self.v = v


class B:
    def __init__(self, v):
        self.pad = 0
        self.v = v * 2


class C(A):
    def __init__(self, v):
        self.w = 1
        super().__init__(v + 1)


class D:
    v = 1000


class E:
    @property
    def v(self):
        return -7


class F:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def total(objs):
    t = 0
    for o in objs:
        t += o.v
    return t


two = [A(i) if i % 2 else B(i) for i in range(300)]
print("two", total(two))
four = [(A, B, C, F)[i % 4](i) for i in range(400)]
print("four", total(four))
six = [(A, B, C, F, D, E)[i % 6]() if i % 6 >= 4 else (A, B, C, F)[i % 6](i) for i in range(600)]
print("six", total(six))

holes = [A(i) if i % 3 else B(i) for i in range(300)]
del holes[100].v
try:
    print(total(holes))
except AttributeError as e:
    print("hole", e)
del holes[100]
print("holes", total(holes))


class G:
    def __init__(self, v):
        self.v = v


mixed = [A(i) if i % 2 else G(i) for i in range(400)]
out = []
for i, o in enumerate(mixed):
    if i == 200:
        G.v = property(lambda self: 5)
    out.append(o.v)
print("late property", sum(out), out[198:204])

things = [math, A(3), B(4)] * 50
print("module", sum(x.pi if x is math else x.v for x in things))
