# AttributeError messages


def show(label, thunk):
    try:
        r = thunk()
        print("%-28s -> %r" % (label, r))
    except AttributeError as e:
        print("%-28s -> AttributeError: %s" % (label, e))
    except Exception as e:
        print("%-28s -> %s: %s" % (label, type(e).__name__, e))


class Point:
    kind = "pt"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a",)


class Prop:
    @property
    def ro(self):
        return 1


class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError("Dyn has no %r" % name)


p = Point(1, 2)
show("(5).foo", lambda: (5).foo)
show("'s'.foo", lambda: "s".foo)
show("None.foo", lambda: None.foo)
show("[].push", lambda: [].push)
show("{}.append", lambda: {}.append)
show("(1.5).real", lambda: (1.5).real)
show("p.z", lambda: p.z)
show("p.kind", lambda: p.kind)
show("Point.x", lambda: Point.x)
show("Point.kind", lambda: Point.kind)
show("Slotted().a", lambda: Slotted().a)
show("Dyn().auto_hello", lambda: Dyn().auto_hello)
show("Dyn().other", lambda: Dyn().other)
show("getattr(p, 'w')", lambda: getattr(p, "w"))
show("getattr(p, 'w', 'dflt')", lambda: getattr(p, "w", "dflt"))
show("hasattr(p, 'x')", lambda: hasattr(p, "x"))
show("hasattr(p, 'w')", lambda: hasattr(p, "w"))


def set_slot():
    s = Slotted()
    s.b = 1


def set_ro():
    Prop().ro = 5


def set_int_attr():
    (5).real = 3


def set_on_builtin_type():
    int.foo = 1


def del_missing():
    q = Point(0, 0)
    del q.missing


def set_on_object():
    object().x = 1


show("Slotted().b = 1", set_slot)
show("Prop().ro = 5", set_ro)
show("(5).real = 3", set_int_attr)
show("int.foo = 1", set_on_builtin_type)
show("del q.missing", del_missing)
show("object().x = 1", set_on_object)

import math
import sys

show("math.tau_x", lambda: math.tau_x)
show("sys.nonexistent", lambda: sys.nonexistent)

# AttributeError in a property getter is reported as such
class Broken:
    @property
    def value(self):
        return self.missing_inner


show("Broken().value", lambda: Broken().value)

# AttributeError's name and obj attributes (3.10+)
try:
    p.nothing
except AttributeError as e:
    print(e.name, e.obj)

# a __getattr__ fallback only triggers when normal lookup fails
class Fallback:
    present = "class attr"

    def __getattr__(self, name):
        return "fallback:" + name


f = Fallback()
print(f.present, f.absent)
f.absent = "set now"
print(f.absent)
