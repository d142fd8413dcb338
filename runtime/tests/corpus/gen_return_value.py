# Generator return values surface as StopIteration.value.

def gen_with_return(n):
    for i in range(n):
        yield i
    return f"finished after {n}"

g = gen_with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "| args:", e.args)

# return without value -> value is None
def noval():
    yield 1
g = noval()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "| args:", e.args)

# for loops discard the return value
total = 0
for x in gen_with_return(5):
    total += x
print("total:", total)

# list() also discards it
print(list(gen_with_return(3)))

# Capturing the return value manually
def drive(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

print(drive(gen_with_return(4)))
print(drive(gen_with_return(0)))

# Return values of various types
def ret(v):
    yield "only"
    return v
for v in [0, None, [1, 2], {"a": 1}, (1,), "s"]:
    print(repr(drive(ret(v))[1]))

# Returning a tuple: StopIteration.value is the tuple itself
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)

# Return inside try/finally
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally executing")
print(drive(ret_finally()))

# finally overriding return value
def override():
    try:
        yield 1
        return "try"
    finally:
        return "finally"
print(drive(override()))

# StopIteration can be constructed directly
e = StopIteration(42)
print(e.value, e.args)
e2 = StopIteration()
print(e2.value, e2.args)
e3 = StopIteration(1, 2)
print(e3.value, e3.args)

# yield from captures return values
def inner(x):
    yield x
    yield x * 2
    return x * 100

def outer():
    a = yield from inner(1)
    b = yield from inner(2)
    yield ("results", a, b)
    return a + b

print(drive(outer()))

# Return value through multiple levels of yield from
def level3():
    yield "l3"
    return 3
def level2():
    r = yield from level3()
    yield "l2"
    return r * 10
def level1():
    r = yield from level2()
    return r + 1
print(drive(level1()))

# yield from a plain iterator has no return value
def from_list():
    r = yield from [1, 2]
    return r
print(drive(from_list()))

# Generator returning after being sent values
def tally():
    count = 0
    while True:
        x = yield
        if x == "stop":
            return count
        count += 1
t = tally()
next(t)
for w in ["a", "b", "c"]:
    t.send(w)
try:
    t.send("stop")
except StopIteration as e:
    print("tally:", e.value)
