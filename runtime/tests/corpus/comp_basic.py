# list, set, dict comprehensions with conditions, multiple fors, nested comprehensions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(sorted({x % 5 for x in range(100)}), sorted({c for c in "mississippi"}), sorted({len(w) for w in "a bb cc ddd".split()}))
print({k: v for k, v in zip("abc", range(3))}, {x: x ** 2 for x in range(5) if x != 2}, {c: "mississippi".count(c) for c in "mississippi"})
print({(i, j): i + j for i in range(2) for j in range(2)}, {i % 3: i for i in range(10)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print([w for w in words if w[0].isupper()], [w[::-1] for w in words if len(w) <= 4], {w[0].lower(): w for w in words})
print([len(w) for w in words], sum(len(w) for w in words), max((len(w), w) for w in words))
print([[c for c in w if c in "aeiou"] for w in words[:3]])
print([x for x in []], {x for x in ()}, {k: k for k in ""}, [None for _ in range(3)])
print([i for i in range(10)][::2], [i for i in reversed(range(5))], [i for i in range(5)][-1])
flat = [item for sub in [[1], [2, 3], [], [4, [5]]] for item in sub]
print(flat)
transposed = list(map(list, zip(*matrix)))
print(transposed == [[row[i] for row in matrix] for i in range(3)])
print([(i, c) for i, c in enumerate("abc")], [a + b for a, b in zip([1, 2], [10, 20])], [k for k, v in {"a": 1, "b": 0}.items() if v])
print([x for x in range(3) for x in "ab"], [y for y in (y * 2 for y in range(3))])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
print([[0] * 2 for _ in range(2)], [[0] * 2] * 2)
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print({s: [w for w in words if len(w) == s] for s in sorted({len(w) for w in words})})
print([(lambda x: x * 10)(i) for i in range(3)], [f"{i:02d}" for i in range(3)], [str(i) * i for i in range(4)])
# comprehensions over various iterables
text = "one two three two one four"
print({w: text.split().count(w) for w in text.split()})
print([ch for ch in b"bytes" if ch > 100], [k for k in {"z": 1, "a": 2}], [p for p in range(10, 0, -3)])
print([(i, s) for i, s in enumerate("xyz") if i != 1], [a * b for a, b in zip(range(4), range(4, 8))])
print({v for v in {1: "a", 2: "a", 3: "b"}.values()} == {"a", "b"}, [x for x in (1, 2, 3) if x > 5] or "empty")
print([[y for y in range(x)] for x in range(4)], sum([x for x in range(100) if x % 7 == 0]))
