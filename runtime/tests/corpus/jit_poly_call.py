# A call site that calls several functions (`o.f(i)` over objects of
# different classes) in a hot loop: traces must give the interpreter's
# results whichever function the site calls, with 3, 4 and 12 classes at
# one site, a class whose method is replaced while the loop runs, plain
# functions stored in a list (no self), and a callee that raises.


class A:
    def f(self, x):
        return x + 1


class B:
    def f(self, x):
        return x * 2


class C:
    def f(self, x):
        return x - 3


class D(A):
    def f(self, x):
        return super().f(x) * 10


def run(objs, n):
    s = 0
    k = len(objs)
    for i in range(n):
        o = objs[i % k]
        s += o.f(i)
    return s


print("three", run([A(), B(), C()], 3000))
print("four", run([A(), B(), C(), D()], 3000))


def replaced(n):
    objs = [A(), B()]
    s = 0
    for i in range(n):
        if i == n // 2:
            B.f = lambda self, x: x * 3
        s += objs[i % 2].f(i)
    return s


print("replaced", replaced(2000))


def plain(n):
    fs = [abs, lambda x: x + 1, lambda x: -x, lambda x: x * x]
    s = 0
    for i in range(n):
        s += fs[i % 4](i - 7)
    return s


print("plain", plain(3000))


class Bad:
    def f(self, x):
        if x % 97 == 0:
            raise ValueError("bad %d" % x)
        return x


def raising(n):
    objs = [A(), Bad(), C()]
    caught = []
    s = 0
    for i in range(n):
        try:
            s += objs[i % 3].f(i)
        except ValueError as e:
            caught.append(str(e))
    return s, len(caught), caught[:2]


print("raising", raising(3000))


def many(n):
    classes = []
    for j in range(12):
        classes.append(type("K%d" % j, (), {"f": (lambda j: lambda self, x: x + j)(j)}))
    objs = [cls() for cls in classes]
    s = 0
    for i in range(n):
        s += objs[i % 12].f(i)
    return s


print("many", many(6000))
