# MRO conflicts and invalid base combinations raise TypeError.

class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# Base listed before its own subclass
try:
    class Bad(X, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# Subclass before base is fine
class Good(A, X):
    pass
print([c.__name__ for c in Good.__mro__])

# Duplicate base class
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

# Layout conflict between builtins
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class ListDict(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)

# Cannot subclass bool or NoneType
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

# type() dynamic creation with conflicting MRO
try:
    type("Dyn", (A, B), {})
except TypeError as e:
    print("TypeError:", e)

# A consistent diamond works
class Base: pass
class M1(Base): pass
class M2(Base): pass
class Ok(M1, M2): pass
print([c.__name__ for c in Ok.__mro__])

# Conflict with three-way ordering
class P: pass
class Q: pass
class R: pass
class PQ(P, Q): pass
class QR(Q, R): pass
class RP(R, P): pass
try:
    class All(PQ, QR, RP):
        pass
except TypeError as e:
    print("TypeError:", e)
class Two(PQ, QR):
    pass
print([c.__name__ for c in Two.__mro__])

# Changing __bases__ to something that would conflict
class S1: pass
class S2(S1): pass
try:
    S1.__bases__ = (S2,)
except TypeError as e:
    print("TypeError:", e)
print("done")
