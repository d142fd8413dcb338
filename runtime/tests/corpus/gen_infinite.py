# Infinite generators consumed with manual islice-like helpers.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def islice(it, start, stop, step=1):
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved

def repeat(v, times=None):
    if times is None:
        while True:
            yield v
    for _ in range(times):
        yield v

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

print(take(5, naturals()))
print(take(5, naturals(100)))
print(list(islice(naturals(), 10, 20, 3)))
print(list(islice(naturals(), 0, 5)))
print(list(takewhile(lambda x: x * x < 50, naturals())))
print(take(4, dropwhile(lambda x: x < 7, naturals())))
print(take(7, cycle("abc")))
print(take(3, cycle([])))
print(take(4, repeat("z")), list(repeat(1, 3)))
print(take(5, count(10, -2.5)))

# Primes via incremental sieve
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

print(take(20, primes()))
print(list(islice(primes(), 100, 103)))

# Collatz sequence terminates eventually, but generator written infinite-style
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))

# Accumulate / running totals
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
print(take(8, accumulate(naturals(1))))
print(take(6, accumulate(naturals(1), lambda a, b: a * b)))
print(list(accumulate([])))

# Zip of infinite and finite
print(list(zip(naturals(), "hey")))

# Pairwise
def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x
print(take(4, pairwise(primes())))
print([b - a for a, b in take(15, pairwise(primes()))])

# Generator that is infinite but gets closed
def tracked():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  tracked closed at", n)

t = tracked()
print(take(3, t))
t.close()

# Chunking an infinite stream
def chunks(it, size):
    it = iter(it)
    while True:
        chunk = take(size, it)
        if not chunk:
            return
        yield chunk
print(take(3, chunks(naturals(), 4)))
print(list(chunks(range(7), 3)))
