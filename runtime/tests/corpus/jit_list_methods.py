# list.append, list.insert and list.pop in hot loops, where tier 2 runs
# them inline (_CALL_LIST_APPEND, _CALL_LIST_INSERT, _CALL_LIST_POP): called
# as methods and bound (`pop = a.pop`), negative and out-of-range insert
# positions (clamped), pops from both ends and the middle, lists that grow
# past their room, errors (empty list, index out of range, non-int index,
# an int too large), list subclasses, and a site that starts calling
# something else.


def rotate(n):
    a = list(range(9))
    ins = a.insert
    pop = a.pop
    total = 0
    for i in range(n):
        ins(i % 9, pop(0))
        a.insert(-3, a.pop())
        total += a[0] + a[8]
    return total, a


print(rotate(2000))


def grow(n):
    a = []
    b = []
    app = b.append
    for i in range(n):
        a.append(i)
        a.append(str(i))
        app(i * i)
        a.insert(-100, i)
        a.insert(100000, -i)
    return len(a), len(b), a[:6], a[-6:], b[-3:]


print(grow(1500))


def middle(n):
    a = list(range(50))
    total = 0
    for i in range(n):
        total += a.pop(25)
        a.insert(10, i)
        total += a.pop(-1)
        a.append(i * 2)
        total += a.pop(i % 7)
        a.insert(i % 11, i)
    return total, a[:12]


print(middle(3000))


def errors(n):
    caught = []
    a = [1, 2, 3]
    for i in range(n):
        try:
            a.pop(10 + i)
        except IndexError as e:
            if i == 0:
                caught.append(str(e))
    empty = []
    for i in range(n):
        try:
            empty.pop()
        except IndexError as e:
            if i == 0:
                caught.append(str(e))
    for bad in (1.5, "x", None):
        try:
            a.pop(bad)
        except TypeError as e:
            caught.append(str(e))
        try:
            a.insert(bad, 0)
        except TypeError as e:
            caught.append(str(e))
    try:
        a.insert(2**70, 0)
    except OverflowError as e:
        caught.append(str(e))
    try:
        a.pop(-(2**70))
    except OverflowError as e:
        caught.append(str(e))
    try:
        a.append()
    except TypeError as e:
        caught.append(str(e))
    try:
        a.insert(0)
    except TypeError as e:
        caught.append(str(e))
    try:
        a.pop(0, 1)
    except TypeError as e:
        caught.append(str(e))
    return caught, a


print(errors(300))


class L(list):
    def pop(self, i=-1):
        return ("mine", list.pop(self, i))


class M(list):
    pass


def subclasses(n):
    m = M()
    out = []
    for i in range(n):
        m.append(i)
        m.insert(0, -i)
        out.append(m.pop(1))
    x = L([1, 2, 3])
    return len(m), out[-3:], x.pop(), list.pop(x), len(x)


print(subclasses(1500))


def switching(n):
    # One site, one list method for a while, then another callable.
    f = [].append
    out = []
    total = 0
    for i in range(n):
        if i == n // 2:
            f = out.append
        f(i)
        if i == 3 * n // 4:
            f = len
            break
    for i in range(n):
        total += f(out)
    return len(out), total


print(switching(2000))


def bools_and_aliases(n):
    a = [0, 1, 2, 3]
    b = a
    total = 0
    for i in range(n):
        a.insert(True, i)
        total += b.pop(True)
        a.append(a.pop(False))
    return total, a


print(bools_and_aliases(1000))


class Stack:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)

    def pop(self, i=-1):
        return self.items.pop(i)


def receivers(n):
    # One method site sees a list, then a set, a dict and a user class:
    # the built-in method pushed as a constant must be for the list only.
    out = []
    for kind in range(4):
        for i in range(n):
            if kind == 0:
                x = [1, 2, 3]
            elif kind == 1:
                x = {1, 2, 3}
            elif kind == 2:
                x = {1: "a", 2: "b", 3: "c"}
            else:
                x = Stack()
                x.append(i)
            if kind == 2:
                r = x.pop(3)
            else:
                r = x.pop()
            if i == n - 1:
                out.append(r)
    s = "abc"
    total = 0
    for i in range(n):
        total += len(s.upper()) + s.count("b")
    return out, total


print(receivers(400))
