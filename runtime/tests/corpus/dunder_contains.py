# __contains__ and the fallbacks used by 'in'.

class EvenNumbers:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return isinstance(x, int) and x % 2 == 0

ev = EvenNumbers()
print(4 in ev, 5 in ev, "a" in ev, 4 not in ev)

# Truthiness of __contains__ result is converted to bool
class Weird:
    def __contains__(self, x):
        return x  # return the item itself
w = Weird()
print(1 in w, 0 in w, "" in w, "s" in w, [] in w)

# Fallback to __iter__
class IterOnly:
    def __iter__(self):
        print("  __iter__ called")
        yield from [1, 2, 3]
print(2 in IterOnly(), 5 in IterOnly())

# Fallback to __getitem__
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        print(f"  __getitem__({i})")
        return i * 10
print(10 in GetItemOnly(), 15 in GetItemOnly())

# Not a container
class Nope:
    pass
try:
    1 in Nope()
except TypeError as e:
    print("TypeError:", e)

# __contains__ = None disables membership
class Disabled:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Disabled()
except TypeError as e:
    print("TypeError:", e)

# Membership uses identity first, then ==
class AlwaysUnequal:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
au = AlwaysUnequal()
print(au in [au], au in (au,), au in {au}, au in {au: 1}, AlwaysUnequal() in [au])

nan = float("nan")
print(nan in [nan], float("nan") in [nan])

# Custom __eq__ is used by list membership
class Near:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return abs(self.v - o) < 0.1
print(Near(1.0) in [0.5, 1.05], Near(1.0) in [2, 3])
print(1.05 in [Near(1.0)])

# Builtin container semantics
print("ab" in "cabd", "" in "abc", "x" in "", 1 in {1: "a"}, "a" in {1: "a"})
print((1, 2) in [(1, 2)], [1] in [[1]], 3 in range(0, 10, 3), 4 in range(0, 10, 3))
try:
    [1] in {1, 2}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

# __contains__ raising propagates
class Raises:
    def __contains__(self, x):
        raise ValueError("cannot check " + repr(x))
try:
    1 in Raises()
except ValueError as e:
    print("ValueError:", e)

# Interval class
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x < self.hi
    def __repr__(self):
        return f"[{self.lo}, {self.hi})"
I = Interval(0, 10)
print(0 in I, 10 in I, 9.99 in I, Interval(2, 5) in I, Interval(5, 11) in I)
print([x for x in range(-2, 13, 3) if x in I])

# 'in' with generator consumes it
gen = (i for i in range(10))
print(3 in gen, next(gen), 3 in gen)

# Subclass overriding __contains__ of list
class CaseList(list):
    def __contains__(self, x):
        return any(x.lower() == y.lower() for y in self)
cl = CaseList(["Apple", "Pear"])
print("apple" in cl, "PEAR" in cl, "fig" in cl, list.__contains__(cl, "apple"))
