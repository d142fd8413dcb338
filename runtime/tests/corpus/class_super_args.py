# super() with explicit arguments.

class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm for " + cls.__name__

class B(A):
    def f(self):
        return "B.f"

class C(B):
    def f(self):
        return "C.f"
    def skip_b(self):
        return super(B, self).f()
    def via_c(self):
        return super(C, self).f()

c = C()
print(c.f(), c.via_c(), c.skip_b())
print(super(C, c).f(), super(B, c).f())
try:
    print(super(A, c).f())
except AttributeError as e:
    print("AttributeError:", e)

# super with class as second arg (for classmethods / unbound access)
print(super(C, C).cm())
print(super(B, C).cm())
print(super(C, C).f(c))

# Calling through super with explicit type outside class body
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super(Mid, self).__init__()   # skips Mid.__init__
        self.log.append("Leaf")
print(Leaf().log)

# Second argument must be an instance or subtype
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, c)
except TypeError as e:
    print("TypeError:", e)

# Unbound super (single argument)
u = super(C)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__)

# super with diamond and explicit start
class T:
    def go(self):
        return ["T"]
class L(T):
    def go(self):
        return ["L"] + super().go()
class R(T):
    def go(self):
        return ["R"] + super().go()
class D(L, R):
    def go(self):
        return ["D"] + super().go()
d = D()
print(d.go())
print(super(L, d).go())   # continues from R in D's MRO
print(super(R, d).go())
print(super(D, d).go())

# super() used on builtin types
class MyDict(dict):
    def __setitem__(self, k, v):
        super(MyDict, self).__setitem__(k, v * 2)
m = MyDict()
m["a"] = 1
print(m)

class MyStr(str):
    def upper(self):
        return "<" + super(MyStr, self).upper() + ">"
print(MyStr("abc").upper())

# super proxies don't support item/operator syntax
class Lst(list):
    def first(self):
        return super().__getitem__(0)
    def first_bad(self):
        return super()[0]
l = Lst([7, 8])
print(l.first())
try:
    l.first_bad()
except TypeError as e:
    print("TypeError:", e)

# super() object for attribute access on classmethod context
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class K2(K):
    @classmethod
    def make(cls):
        return "K2+" + super(K2, cls).make()
print(K2.make(), type("K3", (K2,), {}).make())
