# Class attributes read in hot loops (`Direction.FORWARD`), which tier 2
# reads inline from the instruction's cache (_LOAD_ATTR_CLASS) while the
# class and its version are the cached ones: the attribute rebound, added
# to a base, shadowed in a subclass, deleted (AttributeError), the site
# seeing another class, a metaclass attribute, and values that are
# descriptors.


class Direction:
    FORWARD = 1
    BACKWARD = -1


class Other:
    FORWARD = 10


def pick(n):
    total = 0
    for i in range(n):
        total += Direction.FORWARD * i + Direction.BACKWARD
        if i == n // 2:
            Direction.FORWARD = 2
    return total


print(pick(3000))


def sites(n):
    total = 0
    for i in range(n):
        cls = Direction if i % 3 else Other
        total += cls.FORWARD
    return total


print(sites(3000))


class Base:
    LIMIT = 5


class Child(Base):
    pass


def inherited(n):
    total = 0
    for i in range(n):
        total += Child.LIMIT
        if i == 1000:
            Base.LIMIT = 7
        if i == 2000:
            Child.LIMIT = 11
    return total


print(inherited(3000))


def deleted(n):
    class K:
        X = 3
    total = 0
    err = None
    for i in range(n):
        try:
            total += K.X
        except AttributeError as e:
            err = str(e)
            K.X = i
        if i == n // 2:
            del K.X
    return total, err


print(deleted(2000))


class Meta(type):
    TAG = "meta"


class WithMeta(metaclass=Meta):
    pass


class Desc:
    def __get__(self, obj, owner):
        return owner.__name__ + "!"


class HasDesc:
    d = Desc()
    s = staticmethod(len)
    c = classmethod(lambda cls: cls.__name__)


def descriptors(n):
    out = []
    for i in range(n):
        out.append((WithMeta.TAG, HasDesc.d, HasDesc.s("abc"), HasDesc.c()))
    return out[-1], len(out)


print(descriptors(1500))
