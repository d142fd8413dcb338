# if/elif/else, while, for, nested loops, break/continue
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
print([classify(n) for n in (-5, 0, 3, 8, 102, 101)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
print("after while", i)
for ch in "abcdef":
    if ch in "bd":
        continue
    if ch == "e":
        break
    print("for", ch)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
primes = []
for cand in range(2, 50):
    for p in primes:
        if p * p > cand:
            primes.append(cand)
            break
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
x = 0
while True:
    x += 1
    if x ** 2 > 200:
        break
print("first square over 200:", x)
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print("even total", total)
for i in range(0):
    print("never")
else:
    print("empty for still runs else")
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(99) if len(items) < 5 else None
    print("item", item)
print(items)
for i in range(3):
    pass
print("loop var after loop:", i)
if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
elif 0.0:
    print("zero truthy?")
else:
    print("all falsy")
if "0":
    print("'0' is truthy")
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("while ended normally")
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for r, row in enumerate(grid):
    line = ""
    for c, val in enumerate(row):
        line += ("*" if r == c else str(val)) + " "
    print(line.rstrip())
