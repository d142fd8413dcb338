# C3 method resolution order.

def mro(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, mro(cls))

# Diamond
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left"
class Right(Top):
    def who(self):
        return "Right"
class Bottom(Left, Right):
    pass
class Bottom2(Right, Left):
    pass
print(mro(Bottom), Bottom().who())
print(mro(Bottom2), Bottom2().who())

# Method only on the right branch is found before Top
class Top2:
    def f(self):
        return "Top2.f"
class L2(Top2):
    pass
class R2(Top2):
    def f(self):
        return "R2.f"
class B2(L2, R2):
    pass
print(mro(B2), B2().f())

# mro() method equals __mro__
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__, type(Z.__mro__).__name__)

# Builtin MROs
print(mro(bool))
print(mro(int), mro(object))

class MyList(list):
    pass
class MyDictList(MyList):
    pass
print(mro(MyDictList))

# Deep linear chain
class Lvl0: pass
prev = Lvl0
for i in range(1, 6):
    prev = type(f"Lvl{i}", (prev,), {})
print(mro(prev))

# Wide multiple inheritance
class W1: pass
class W2: pass
class W3: pass
class W4(W1, W2): pass
class W5(W2, W3): pass
class W6(W4, W5): pass
print(mro(W6))

# Attribute lookup walks the MRO
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass
print(S.attr, mro(S))

# type() with multiple bases
T = type("T", (Left, Right), {"extra": 1})
print(mro(T), T().who(), T.extra)

# Classic "new-style" example from the C3 paper
class F: pass
class E2: pass
class D2: pass
class C2(D2, F): pass
class B3(D2, E2): pass
class A3(B3, C2): pass
print(mro(A3))

# Mixins ordering
class LoggingMixin:
    def save(self):
        return ["log"] + super().save()
class ValidateMixin:
    def save(self):
        return ["validate"] + super().save()
class Model:
    def save(self):
        return ["model.save"]
class User(LoggingMixin, ValidateMixin, Model):
    pass
class User2(ValidateMixin, LoggingMixin, Model):
    pass
print(mro(User), User().save())
print(mro(User2), User2().save())
