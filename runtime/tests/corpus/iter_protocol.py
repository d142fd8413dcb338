# The iterator protocol: __iter__ and __next__.

class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
    def __repr__(self):
        return f"CountDown(at {self.current})"

c = CountDown(3)
print(iter(c) is c)
print(next(c), c)
print(list(c), c)
print(list(c))
print(next(c, "empty"))

# for loop desugaring by hand
it = iter([10, 20, 30])
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print("manual loop:", item)

# Builtin iterators
for obj in ["ab", [1, 2], (3,), {"k": 1}, range(2), b"hi"]:
    it = iter(obj)
    print(next(it), iter(it) is it, next(it, "end"), next(it, "end"))

# next() with default
it = iter([1])
print(next(it, "d1"), next(it, "d2"), next(it, None))

# next() on non-iterator
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# Iterator that ignores StopIteration after raising once (non-compliant)
class Resurrecting:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n

r = Resurrecting()
print(list(r))
print(list(r))

# StopIteration with value from __next__
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("payload")

try:
    next(WithValue())
except StopIteration as e:
    print("value:", e.value)

# Unpacking uses the protocol
a, b, c = CountDown(3)
print(a, b, c)
first, *rest = CountDown(5)
print(first, rest)

# The 'in' operator falls back to iteration
print(2 in CountDown(4), 9 in CountDown(4))

# Functions consuming iterators
print(sum(CountDown(4)), max(CountDown(4)), sorted(CountDown(4)))
print(list(zip(CountDown(3), CountDown(5))))
print(list(map(lambda x: x * x, CountDown(3))))
print(dict(enumerate(CountDown(2))))
print(tuple(CountDown(2)), set(CountDown(1)))
print("-".join(map(str, CountDown(4))))

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

# An iterator class whose __next__ raises another exception
class Exploding:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("exploded at 3")
        return self.i
collected = []
try:
    for v in Exploding():
        collected.append(v)
except ValueError as e:
    print("ValueError:", e, collected)

# Exhaustion is per-iterator, not per-iterable
lst = [1, 2, 3]
i1, i2 = iter(lst), iter(lst)
next(i1)
print(list(i1), list(i2))

# Lists iterators see appended items
lst = [1]
it = iter(lst)
print(next(it))
lst.append(2)
print(next(it))
