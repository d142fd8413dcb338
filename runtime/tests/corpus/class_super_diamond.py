# Zero-argument super() in diamonds and cooperative multiple inheritance.

calls = []

class Root:
    def __init__(self, **kw):
        calls.append("Root")
        self.extra = kw
    def describe(self):
        return ["Root"]

class A(Root):
    def __init__(self, a=None, **kw):
        calls.append("A")
        self.a = a
        super().__init__(**kw)
    def describe(self):
        return ["A"] + super().describe()

class B(Root):
    def __init__(self, b=None, **kw):
        calls.append("B")
        self.b = b
        super().__init__(**kw)
    def describe(self):
        return ["B"] + super().describe()

class C(A, B):
    def __init__(self, c=None, **kw):
        calls.append("C")
        self.c = c
        super().__init__(**kw)
    def describe(self):
        return ["C"] + super().describe()

obj = C(a=1, b=2, c=3, d=4)
print(calls)
print(obj.a, obj.b, obj.c, obj.extra)
print(obj.describe())
print([k.__name__ for k in C.__mro__])

# super() in B refers to the next class in the *instance's* MRO
calls.clear()
b = B(b=9)
print(calls, b.describe())

# Deeper diamond with two levels
class Base:
    def who(self):
        return "Base"
class L1(Base):
    def who(self):
        return "L1>" + super().who()
class R1(Base):
    def who(self):
        return "R1>" + super().who()
class L2(L1):
    def who(self):
        return "L2>" + super().who()
class R2(R1):
    def who(self):
        return "R2>" + super().who()
class Bottom(L2, R2):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who())
print([k.__name__ for k in Bottom.__mro__])

# super() for class methods and properties
class P:
    @classmethod
    def create(cls):
        return ["P.create(" + cls.__name__ + ")"]
    @property
    def value(self):
        return 10
class Q(P):
    @classmethod
    def create(cls):
        return ["Q.create"] + super().create()
    @property
    def value(self):
        return super().value * 2
class R(Q):
    pass
print(R.create(), R().value)

# super() object attributes
class S(Q):
    def info(self):
        sp = super()
        return type(sp).__name__, sp.__thisclass__.__name__, type(sp.__self__).__name__
print(S().info())

# super() inside a nested function needs explicit args (no __class__ cell there)
class Outer(P):
    def method(self):
        def helper():
            return super(Outer, self).create()
        return helper()
print(Outer().method())

# super() in a method of a class with __class__ reference
class Self:
    def cls_name(self):
        return __class__.__name__
class SubSelf(Self):
    pass
print(SubSelf().cls_name(), type(SubSelf()).__name__)

# super() where the next method is missing
class NoNext:
    def only(self):
        return super().only()
try:
    NoNext().only()
except AttributeError as e:
    print("AttributeError:", e)

# super() outside of a method
def bad():
    return super()
try:
    bad()
except RuntimeError as e:
    print("RuntimeError:", e)

# Cooperative __repr__ via super
class Tagged:
    def __repr__(self):
        return "Tagged"
class Named(Tagged):
    def __repr__(self):
        return "Named<" + super().__repr__() + ">"
print(Named(), [Named()], str(Named()))
