# dict | and |= operators, ** unpacking, comprehensions
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError:", e)
print({**a, **b}, {**b, "extra": 1, **{"x": "last"}}, {"first": 0, **{}})
def kw(**kwargs):
    return kwargs
print(kw(**{"a": 1}, b=2), kw(**a), kw())
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    kw(**[1])
except TypeError as e:
    print("TypeError:", e)
sq = {n: n * n for n in range(6)}
print(sq)
even = {k: v for k, v in sq.items() if k % 2 == 0}
print(even)
swapped = {v: k for k, v in even.items()}
print(swapped)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(pairs)
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
first_seen = {w: i for i, w in reversed(list(enumerate(words)))}
print(first_seen)
last_seen = {w: i for i, w in enumerate(words)}
print(last_seen)
lengths = {w: len(w) for w in words}
print(lengths, len(lengths))
dd = {k: {kk: kk * k for kk in range(k)} for k in range(4)}
print(dd)
class Defaults(dict):
    pass
m = Defaults(a=1) | {"b": 2}
print(m, type(m).__name__)
print(dict(a, **b) if False else dict(a, **{"new": 1}), dict(**{"k": "v"}))
merged = {}
for src in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged.update(src)
print(merged)
