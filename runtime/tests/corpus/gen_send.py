# generator.send: coroutine-style generators.

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total stays", total)
            continue
        total += value

acc = accumulator()
print(next(acc))          # prime
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

# Sending non-None to a just-started generator is an error
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))   # send(None) primes like next()

# Running average coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

av = averager()
next(av)
for x in [10, 20, 30, 5]:
    print("avg:", av.send(x))

# Echo with transformation
def transformer(fn):
    result = None
    while True:
        item = yield result
        result = fn(item)

up = transformer(str.upper)
next(up)
print(up.send("abc"), up.send("xyz"))

# Yield expressions in complex positions
def pairs():
    a = yield "first"
    b = yield "second got " + repr(a)
    c = (yield a) + (yield b)
    yield "sum " + repr(c)

g = pairs()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(10))
print(g.send(20))

# Send to exhausted generator raises StopIteration
def once():
    x = yield 1
    print("  once received", x)

o = once()
next(o)
try:
    o.send("final")
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    o.send("again")
except StopIteration as e:
    print("again StopIteration value:", e.value)

# State machine driven by send
def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "report":
            log_copy = list(log)
            yield log_copy
            continue
        log.append((state, event))
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

t = turnstile()
print(next(t))
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "->", t.send(ev))
print(t.send("report"))
print(next(t))

# Generator that receives and yields lists (mutable values)
def collector():
    items = []
    while True:
        x = yield items
        items.append(x)

c = collector()
first = next(c)
c.send(1)
second = c.send(2)
print(first is second, second)

# Send returning value via return -> StopIteration.value
def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

s = summer()
next(s)
for v in (1, 2, 3, 4):
    s.send(v)
try:
    s.send(None)
except StopIteration as e:
    print("summer returned", e.value)
