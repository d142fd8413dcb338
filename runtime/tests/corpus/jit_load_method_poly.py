# Method calls at a site that sees several receiver types, where the
# interpreter's cache goes polymorphic (LoadMethodPoly) and traces read the
# cache's table inline (_LOAD_METHOD_POLY): overriding methods, an instance
# attribute hiding the method, a classmethod and a staticmethod, more
# classes than the table holds, a method replaced on its class while the
# loop runs, instances whose attributes live in a dict, and non-instances.


class Base:
    def f(self, x):
        return x + 1


class Sub(Base):
    def f(self, x):
        return x * 2


class Other:
    def __init__(self):
        self.k = 3

    def f(self, x):
        return x - self.k


class Cls:
    @classmethod
    def f(cls, x):
        return (cls.__name__, x)


class Stat:
    @staticmethod
    def f(x):
        return -x


def run(objs):
    out = []
    for i, o in enumerate(objs):
        out.append(o.f(i))
    return out


objs = [(Base, Sub, Other)[i % 3]() for i in range(300)]
print("three", sum(run(objs)))
five = [(Base, Sub, Other, Cls, Stat)[i % 5]() for i in range(500)]
print("five", run(five)[:10], len(run(five)))

hidden = [Base() if i % 2 else Sub() for i in range(300)]
hidden[101].f = lambda x: ("own", x)
print("hidden", run(hidden)[99:104])


class Late(Base):
    pass


lates = [Late() if i % 2 else Sub() for i in range(400)]
res = []
for i, o in enumerate(lates):
    if i == 200:
        Late.f = lambda self, x: ("late", x)
    res.append(o.f(i))
print("replaced", res[197:204])

dicts = [Sub() if i % 2 else Base() for i in range(300)]
for i in range(0, 300, 7):
    d = dicts[i].__dict__
    d["f"] = (lambda j: lambda x: ("dict", j, x))(i)
print("dict mode", run(dicts)[:9])

mixed = [[1], Base(), "s", Sub()] * 60
print("mixed", [o.index(o[0]) if isinstance(o, (list, str)) else o.f(1) for o in mixed][:8])


class Many:
    def __init__(self, i):
        for k in range(40):
            setattr(self, "a%d" % k, k + i)

    def f(self, x):
        return self.a39 + x


wide = [Many(i) if i % 2 else Base() for i in range(200)]
print("wide", sum(run(wide)))
