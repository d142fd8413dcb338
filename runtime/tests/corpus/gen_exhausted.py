# Generator state after exhaustion and errors; ends with uncaught StopIteration.

def gen():
    yield "a"
    yield "b"

g = gen()
print(list(g))
print(list(g))
print(next(g, "default"))
print(next(g, None))
for x in g:
    print("never")
print("sum of exhausted:", sum(1 for _ in g))

# A generator that raised is exhausted
def boom():
    yield 1
    raise ValueError("boom")
    yield 2

b = boom()
print(next(b))
try:
    next(b)
except ValueError as e:
    print("ValueError:", e)
print(next(b, "exhausted after error"))

# A generator cannot be re-entered while running
def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "done"))

# Closing an exhausted generator is fine
g = gen()
list(g)
g.close()
print("closed exhausted ok")

# Throwing into an exhausted generator re-raises the exception directly
g = gen()
list(g)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("KeyError:", e)

# Iterating the same generator object in two loops
g = (i for i in range(6))
for a in g:
    if a == 2:
        break
print("rest:", list(g))

# zip stops and exhausted generators stay exhausted
g1 = (i for i in range(3))
g2 = (i for i in range(10))
print(list(zip(g1, g2)))
print(list(g2)[:3])

# gi_frame becomes None when finished
h = gen()
print(h.gi_frame is None)
list(h)
print(h.gi_frame is None)

# iter(generator) returns itself, even when exhausted
print(iter(h) is h)

print("final next on exhausted generator:")
next(h)
