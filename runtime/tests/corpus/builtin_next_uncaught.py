# iterators and next(), ending with an uncaught StopIteration
it = iter("abc")
print(next(it), next(it), next(it), next(it, "<default>"), next(it, None))
nums = iter(range(3))
collected = []
while True:
    try:
        collected.append(next(nums))
    except StopIteration:
        break
print(collected)
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)), 21 in Fib(30), 22 in Fib(30))
f = Fib(10)
print([next(f) for _ in range(5)], list(f), list(f))
def gen():
    yield 1
    yield 2
    return "done"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e))
pairs = iter([(1, "a"), (2, "b")])
print(dict(pairs), list(pairs))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
it2 = iter([10, 20, 30])
print(next(it2), list(it2), next(it2, "exhausted"))
e = enumerate(iter("xy"), 100)
print(next(e), next(e), next(e, "end"))
r = reversed([1, 2])
print(next(r), next(r), next(r, "rev end"))
m = map(int, iter(["4", "5"]))
print(next(m) + next(m))
class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sentinel(), 5)))
final = iter(["last"])
print(next(final))
print("calling next on an exhausted iterator without a default")
print(next(final))
