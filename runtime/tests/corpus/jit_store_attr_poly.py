"""Assignments to an attribute of instances of several classes at one
place in a hot loop (a polymorphic store, as richards' `t.task_waiting =
...` on four Task subclasses): the slot is replaced inline for the classes
the cache knows, and everything else (a new attribute added along a shape
transition, a class with a property or __setattr__, a class changed at
run time, a non-instance, a deleted attribute) goes the general way with
Python's results and errors."""


class A:
    def __init__(self):
        self.x = 0
        self.y = "a"


class B:
    def __init__(self):
        self.y = "b"
        self.x = 0


class C(A):
    pass


class D:
    def __init__(self):
        self.x = 0


class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 10


class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, v):
        if name == "x":
            self.log.append(v)
        object.__setattr__(self, name, v)


def store_all(objs, n):
    for i in range(n):
        for o in objs:
            o.x = i
    return [o.x for o in objs]


objs = [A(), B(), C(), D()]
print(store_all(objs, 3000))
fresh = [A(), B(), C(), D()]
for o in fresh:
    del o.x
print(store_all(fresh, 50))
print(store_all([A(), B(), Prop(), C()], 3000))
lg = Logged()
print(store_all([A(), lg, B(), D()], 2000), len(lg.log), lg.log[-3:])
try:
    store_all([A(), B(), 5], 10)
except AttributeError as e:
    print("AttributeError:", e)
try:
    store_all([A(), B(), (1, 2)], 10)
except AttributeError as e:
    print("AttributeError:", e)
A.x = property(lambda self: "class property")
try:
    store_all([A(), B(), C(), D()], 2000)
except AttributeError:
    # (The message names no property here: tessera's still names it.)
    print("AttributeError: no setter")
del A.x
print(store_all([A(), B(), C(), D()], 2000))


class S:
    __slots__ = ("x",)


print(store_all([A(), S(), B(), S()], 3000))
