# for/else and while/else semantics, break in nested loops, try/finally interplay
def search(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([4, 5, 6], 5)
search([4, 5, 6], 7)
search([], 1)
def wsearch(n):
    i = 0
    while i < n:
        if i * i == n:
            print(n, "is a perfect square of", i)
            break
        i += 1
    else:
        print(n, "is not a perfect square")
for n in (16, 15, 0, 1):
    wsearch(n)
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("inner break at", i, j)
            break
    else:
        print("inner completed for i =", i)
        continue
    print("outer saw inner break at i =", i)
    break
else:
    print("outer completed")
def with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(with_finally())
def return_in_loop():
    for i in range(10):
        try:
            if i == 2:
                return "returned " + str(i)
        finally:
            print("finally", i)
print(return_in_loop())
count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while-else ran, count =", count)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip next:", next(it))
    print("x =", x)
else:
    print("iterator exhausted")
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1]]), first_negative([]))
result = []
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        for c in range(3):
            if c in (a, b):
                continue
            result.append((a, b, c))
print(result)
