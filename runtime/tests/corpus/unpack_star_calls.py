# star expressions in calls and literals: *args, **kwargs, [*a], {**d}
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums), show(*nums, *"ab"), show(0, *nums, 4), show(*()), show(*range(3), **{}))
print(show(**opts), show(x=1, **opts), show(*nums, **opts, extra=True))
print(*nums)
print(*nums, sep=", ")
print(*"abc", **{"sep": "|"})
print(*[], "only")
print(*nums, **opts)
print()
print([*nums, *nums], [*"hi", *range(2)], (*nums,), (*nums, 4), {*nums, *[3, 4]} == {1, 2, 3, 4})
print({**{"a": 1}, **{"b": 2}, "a": 3}, {"a": 0, **{"a": 1}}, {**dict.fromkeys("xy", 0)})
print([*{"k": 1, "j": 2}], [*{"k": 1}.items()], [*map(str, nums)], [*(x for x in "gen")])
def f(a, b, c=3, *rest, d, e=5, **kw):
    return (a, b, c, rest, d, e, kw)
print(f(1, 2, d=4))
print(f(*[1, 2, 10, 11, 12], d=4, z=0))
print(f(1, *[2], **{"d": 7, "e": 8, "zz": 9}))
print(f(**{"a": "A", "b": "B", "d": "D"}))
args = (1,)
kwargs = {"b": 2, "d": 3}
print(f(*args, **kwargs))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(*(1, 2, 3), w=4), g(1, 2, z=3, w=4), g(*[1, 2], **{"z": 3, "w": 4}))
def outer(*a, **k):
    return inner(*a, **k)
def inner(p, q=None, **extra):
    return p, q, extra
print(outer(1), outer(1, 2), outer(1, r=3), outer(p=0))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(map(sum, zip(*matrix))))
print(max(*nums), min(*"zebra"), " ".join([*"abc"]))
combined = [*nums, *(x * 10 for x in nums), *{}.keys()]
print(combined)
first, *rest = [*nums, *nums]
print(first, rest)
def count(*args):
    return len(args)
print(count(*"hello", *[None] * 3), count(*{}), count(*{"a": 1, "b": 2}))
