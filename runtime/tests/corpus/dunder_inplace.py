# In-place operators: __iadd__ and fallback to __add__.

class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
c = a + Bag([3])
print(c, c is a)

# Without __iadd__, += falls back to __add__ and rebinds
class Frozen:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  Frozen.__add__")
        return Frozen(self.v + o)
    def __repr__(self):
        return f"Frozen({self.v})"

f = Frozen(1)
f_alias = f
f += 10
print(f, f_alias, f is f_alias)

# __iadd__ returning NotImplemented falls back to __add__
class Picky:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        if not isinstance(o, int):
            print("  __iadd__ -> NotImplemented")
            return NotImplemented
        print("  __iadd__ int")
        self.v += o
        return self
    def __add__(self, o):
        print("  __add__ fallback")
        return Picky(self.v + float(o))
    def __repr__(self):
        return f"Picky({self.v})"
p = Picky(1)
p += 2
print(p)
p += "3.5"
print(p)

# __iadd__ returning something else rebinds to that value
class Odd:
    def __iadd__(self, o):
        return "replaced"
o = Odd()
o += 1
print(o)

# __iadd__ returning None rebinds to None (a common bug)
class Forgetful:
    def __iadd__(self, o):
        pass
fg = Forgetful()
fg += 1
print(fg)

# All in-place operators
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def _op(name):
        def method(self, o):
            print(f"  {name}({o})")
            return self
        return method
    for _n in ["__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
               "__ipow__", "__imatmul__", "__iand__", "__ior__", "__ixor__", "__ilshift__", "__irshift__"]:
        locals()[_n] = _op(_n)
    del _n, _op

n = Num(0)
n += 1; n -= 2; n *= 3; n /= 4; n //= 5; n %= 6; n **= 7; n @= 8
n &= 9; n |= 10; n ^= 11; n <<= 12; n >>= 13
print(n)

# Lists: += extends in place (any iterable), + requires list
lst = [1]
same = lst
lst += (2, 3)
lst += "ab"
print(lst, same is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)

# Tuples: += creates a new tuple
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)

# The famous tuple-containing-list case
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)

# In-place on attributes and subscripts calls __getitem__/__setitem__
class Recorder:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print("  getitem", key)
        return self.data[key]
    def __setitem__(self, key, val):
        print("  setitem", key, val)
        self.data[key] = val
r = Recorder()
r["k"] += 5
print(r.data)

# Unsupported in-place
try:
    x = 1
    x += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    y = Frozen(1)
    y -= 1
except TypeError as e:
    print("TypeError:", e)

