# min, max (key/default), sum (start), any, all, abs, round, divmod, pow
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd", "ab"), max([1, 2], [1, 2, 0]))
print(max([], default=None), min([], default="empty"), max([5], default=0), min((), default=-1))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-5, 3, -7], key=abs), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 3, 3, 2], key=lambda v: v), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(1, 2.5), min(-0.0, 0), max(True, 1), max(1, True), min(False, 0))
for args, kwargs in [((), {}), (([],), {}), ((1,), {}), (([1, 2],), {"default": 0, "key": None}), ((1, 2), {"default": 0})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 3), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2.5]), sum([True, True]), sum([1j, 2]) if False else sum([10 ** 20, 1]), sum([-1, 1.0]), sum(x for x in range(5)), sum(start=1, iterable=[1]) if False else sum([1], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(iter([0, 0, 1])), all(x for x in [1, 0, 1]), any("abc"), all(""))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(0.5 + 1e-9), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 3), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(base=3, exp=2), pow(3, 2, mod=5))
print(max("apple", "banana", key=lambda s: s[-1]), min(range(10), key=lambda x: (x - 4.4) ** 2), max(enumerate("zebra"), key=lambda p: p[1]))
scores = {"ann": 91, "bob": 78, "cat": 91, "dan": 60}
best = max(scores, key=scores.get)
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst, sorted(scores, key=lambda k: (-scores[k], k)), sum(scores.values()) / len(scores))
