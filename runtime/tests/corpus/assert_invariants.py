# asserts used as invariants inside a data structure, and a tiny test runner built on them


class SortedBag:
    def __init__(self):
        self.items = []

    def _check(self):
        assert all(a <= b for a, b in zip(self.items, self.items[1:])), "not sorted: %r" % self.items

    def add(self, x):
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.items[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.items.insert(lo, x)
        self._check()

    def corrupt(self):
        self.items.reverse()

    def remove_min(self):
        assert self.items, "remove_min from empty bag"
        return self.items.pop(0)


bag = SortedBag()
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bag.add(v)
print(bag.items)
print(bag.remove_min(), bag.remove_min())
bag.corrupt()
try:
    bag.add(3)
except AssertionError as e:
    print("invariant broken:", e)
empty = SortedBag()
try:
    empty.remove_min()
except AssertionError as e:
    print("AssertionError:", e)

# a miniature test runner
results = []


def test(fn):
    try:
        fn()
        results.append((fn.__name__, "PASS", ""))
    except AssertionError as e:
        results.append((fn.__name__, "FAIL", str(e)))
    except Exception as e:
        results.append((fn.__name__, "ERROR", "%s: %s" % (type(e).__name__, e)))
    return fn


@test
def test_addition():
    assert 1 + 1 == 2


@test
def test_string_methods():
    assert "abc".upper() == "ABC", "upper failed"
    assert "a,b".split(",") == ["a", "b"]


@test
def test_failing_compare():
    x = [1, 2, 3]
    assert x == [1, 2, 4], "lists differ: %r" % (x,)


@test
def test_error():
    {}["missing"]


@test
def test_no_message():
    assert 2 < 1


@test
def test_float():
    assert abs(0.1 + 0.2 - 0.3) < 1e-12, "float tolerance"
    assert 0.1 + 0.2 != 0.3


for name, status, detail in results:
    print("%-22s %-5s %s" % (name, status, detail))
print("passed %d/%d" % (sum(1 for r in results if r[1] == "PASS"), len(results)))

# decorator returns the function itself
print(test_addition.__name__, callable(test_float))
