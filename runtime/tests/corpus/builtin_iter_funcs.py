# len, enumerate, zip, map, filter, reversed, sorted, iter, next
print(len("abc"), len([1, 2]), len(()), len({}), len({1, 2}), len(range(5, 10)), len(b"xy"), len("😀"), len({"a": 1}.items()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(list(zip("abc", range(10))), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")), list(zip("abc", [], "x")))
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1,))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())), list(iter(Rev())) if False else "seq", [x for x in Rev()] if False else "")
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), list(zip(Countdown(2), "ab")))
class GetItem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return chr(97 + i)
print(list(GetItem()), "c" in GetItem(), list(enumerate(GetItem())))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
