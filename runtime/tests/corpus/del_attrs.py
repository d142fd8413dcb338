# del of attributes


class Thing:
    cls_attr = "class"

    def __init__(self):
        self.a = 1
        self.b = 2


t = Thing()
print(vars(t))
del t.a
print(vars(t), hasattr(t, "a"))
try:
    t.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.a
except AttributeError as e:
    print("AttributeError on second del:", e)

# instance attribute shadows class attribute; deleting reveals the class one
t.cls_attr = "instance"
print(t.cls_attr)
del t.cls_attr
print(t.cls_attr)
try:
    del t.cls_attr
except AttributeError as e:
    print("cannot delete class attr via instance:", e)

# delete class attribute via the class
del Thing.cls_attr
print(hasattr(t, "cls_attr"), hasattr(Thing, "cls_attr"))

# delattr builtin
t.dyn = "x"
delattr(t, "dyn")
print(hasattr(t, "dyn"))


# __delattr__ hook
class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
        self.protected = 2

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "protected":
            raise AttributeError("cannot delete %s" % name)
        self.log.append("del " + name)
        object.__delattr__(self, name)


g = Guarded()
del g.x
try:
    del g.protected
except AttributeError as e:
    print(e)
print(g.log, g.protected)


# property deleter
class WithProp:
    def __init__(self):
        self._v = 10

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleter called")
        self._v = None


w = WithProp()
del w.v
print(w.v)


class ReadOnly:
    @property
    def r(self):
        return 1


try:
    del ReadOnly().r
except AttributeError as e:
    print("AttributeError:", e)


# slots
class S:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1


s = S()
del s.p
try:
    del s.q
except AttributeError as e:
    print("slot:", e)
try:
    s.p
except AttributeError as e:
    print("slot:", e)

# deleting module-level function attribute
def func():
    pass


func.tag = "tagged"
print(func.tag)
del func.tag
print(hasattr(func, "tag"))

# del on built-in object attributes
try:
    del (1).real
except AttributeError as e:
    print("builtin:", e)
