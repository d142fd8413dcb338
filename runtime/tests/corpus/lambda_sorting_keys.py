# Lambdas as keys in sorting, grouping and dispatch.

people = [
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "Cid", "age": 31, "city": "Bern"},
    {"name": "dee", "age": 19, "city": "Oslo"},
    {"name": "Eve", "age": 25, "city": "Bern"},
]

print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower(), reverse=True)])
print([p["name"] for p in sorted(people, key=lambda p: (p["city"], p["age"]))])

# Stability: equal keys keep input order
print([p["name"] for p in sorted(people, key=lambda p: p["city"])])

# Multi-pass stable sort
tmp = sorted(people, key=lambda p: p["name"])
tmp = sorted(tmp, key=lambda p: p["age"], reverse=True)
print([(p["age"], p["name"]) for p in tmp])

# Grouping by lambda
def group_by(items, keyfn):
    groups = {}
    for it in items:
        groups.setdefault(keyfn(it), []).append(it)
    return groups

by_city = group_by(people, lambda p: p["city"])
print({k: [p["name"] for p in v] for k, v in by_city.items()})
by_decade = group_by(people, lambda p: p["age"] // 10 * 10)
print({k: len(v) for k, v in sorted(by_decade.items())})

# min/max with key and default
print(min(people, key=lambda p: p["age"])["name"])
print(max([], key=lambda p: p, default="empty"))
print(max(["aa", "b", "ccc", "dd"], key=lambda s: len(s)))
print(min(["aa", "b", "ccc", "dd"], key=lambda s: -len(s)))

# Sorting numbers in unusual orders
nums = [5, -3, 12, 0, -8, 7, 3]
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)))
print(sorted(nums, key=lambda n: str(n)))
print(sorted(nums, key=lambda n: -n))

# Sorting strings
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: sum(c in "aeiou" for c in w.lower())))

# list.sort in place with a key
nums2 = list(nums)
nums2.sort(key=lambda n: n * n, reverse=True)
print(nums2)

# Dispatch table of lambdas
calc = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
    "%": lambda a, b: a % b,
}
for op in "+-*/%":
    print(op, calc[op](17, 5))
print(calc["/"](1, 0))

# Evaluate RPN with lambdas
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in calc:
            b, a = stack.pop(), stack.pop()
            stack.append(calc[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("10 2 8 * + 3 -"), rpn("7 2 %"))

# map and filter with lambdas
print(list(map(lambda x, y: x * y, range(5), range(10, 15))))
print(list(filter(lambda s: s.istitle(), words)))
print(list(map(lambda p: p["name"][0], filter(lambda p: p["age"] > 20, people))))

# Sort dict by value then key
scores = {"x": 3, "a": 3, "m": 1, "b": 2}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(scores.items(), key=lambda kv: kv[1])))
