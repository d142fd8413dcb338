# list.sort and sorted: key, reverse, stability, mixed types, errors
nums = [5, 2, 9, -1, 0, 2, 7]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
words = ["pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc"), ("eve", 35, "sf"), ("frank", 30, "sf")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])
step1 = sorted(records, key=lambda r: r[2])
step2 = sorted(step1, key=lambda r: r[1])
print([(r[0], r[1], r[2]) for r in step2])
print(sorted(records, key=lambda r: (r[2], -r[1])))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([3, 1.5, True, -2, 0.0]), sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]), sorted([(1, 2), (1,), ()]))
print(sorted([], key=len), sorted([1]), sorted([2, 1], key=None))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [{"a": 1}, {"b": 2}].sort()
except TypeError as e:
    print("TypeError:", e)
class Item:
    def __init__(self, name, w):
        self.name, self.w = name, w
    def __lt__(self, other):
        return self.w < other.w
    def __repr__(self):
        return f"Item({self.name},{self.w})"
items = [Item("a", 3), Item("b", 1), Item("c", 3), Item("d", 2), Item("e", 1)]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
calls = []
def key(x):
    calls.append(x)
    return -x
data = [3, 1, 2]
data.sort(key=key)
print(data, calls)
r = list(range(20))
r.sort(key=lambda x: x % 3)
print(r)
r.sort(key=lambda x: x % 3, reverse=True)
print(r)
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
result = [3, 2, 1].sort()
print(result)
