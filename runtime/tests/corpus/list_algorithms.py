# classic algorithms built on list operations
def bubble_sort(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion_sort(a):
    out = []
    for x in a:
        i = len(out)
        while i > 0 and out[i - 1] > x:
            i -= 1
        out.insert(i, x)
    return out
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
for fn in (bubble_sort, insertion_sort, merge_sort, quick_sort):
    result = fn(data)
    print(fn.__name__, result, result == sorted(data))
print("original untouched:", data)
def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
s = sorted(set(data))
for t in [-5, 10, 82, 11, 100, -100]:
    print(t, binary_search(s, t))
def rotate(a, k):
    if not a:
        return a
    k %= len(a)
    return a[-k:] + a[:-k]
print([rotate([1, 2, 3, 4, 5], k) for k in (0, 1, 2, 5, 7, -1)], rotate([], 3))
def chunks(a, n):
    return [a[i:i + n] for i in range(0, len(a), n)]
print(chunks(list(range(10)), 3), chunks([], 2), chunks([1], 5))
def transpose(m):
    return [list(col) for col in zip(*m)]
m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m), transpose(transpose(m)) == m)
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, transpose(m)), matmul([[1, 0], [0, 1]], [[5, 6], [7, 8]]))
stack, queue = [], []
for i in range(5):
    stack.append(i)
    queue.append(i)
print([stack.pop() for _ in range(3)], [queue.pop(0) for _ in range(3)], stack, queue)
def dedupe(seq):
    seen = []
    for x in seq:
        if x not in seen:
            seen.append(x)
    return seen
print(dedupe([3, 1, 3, 2, 1, [1], [1], "a", "a"]))
def running_max(seq):
    out = []
    for x in seq:
        out.append(x if not out or x > out[-1] else out[-1])
    return out
print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
sieve = [True] * 50
sieve[0] = sieve[1] = False
for i in range(2, 8):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
print([i for i, p in enumerate(sieve) if p])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(24))
