# send/throw/close pass through yield from to the subgenerator.

def sub():
    print("  sub start")
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("  sub caught ValueError:", e)
            total = 0
            continue
        except GeneratorExit:
            print("  sub got GeneratorExit")
            raise
        if x is None:
            return total
        total += x

def delegator():
    print("  delegator start")
    result = yield from sub()
    print("  delegator got", result)
    yield "after sub: " + str(result)
    return "delegator done"

d = delegator()
print(next(d))
print(d.send(3))
print(d.send(4))
print(d.throw(ValueError("reset")))
print(d.send(10))
print(d.send(None))
try:
    next(d)
except StopIteration as e:
    print("StopIteration:", e.value)

# close propagates GeneratorExit to the subgenerator
d2 = delegator()
next(d2)
d2.send(1)
d2.close()
print("d2 closed")

# Exception not handled by sub propagates out through delegator
def sub2():
    yield 1
    yield 2

def deleg2():
    try:
        yield from sub2()
    except KeyError as e:
        print("  delegator caught KeyError", e)
        yield "delegator recovered"

g = deleg2()
print(next(g))
print(g.throw(KeyError("missing")))
print(list(g))

# Three-level chain with send
def bottom():
    received = []
    while len(received) < 3:
        x = yield f"bottom has {len(received)}"
        received.append(x)
    return received

def middle():
    r = yield from bottom()
    return [v * 2 for v in r]

def top():
    r = yield from middle()
    yield f"top result {r}"

t = top()
print(next(t))
print(t.send(1))
print(t.send(2))
print(t.send(3))

# yield from a plain iterator: send of non-None fails (no send method)
def over_list():
    yield from [1, 2, 3]
ol = over_list()
print(next(ol))
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# send(None) on list iterator works (uses next)
ol2 = over_list()
print(next(ol2), ol2.send(None))

# throw into yield from a list iterator raises at delegator level
ol3 = over_list()
next(ol3)
try:
    ol3.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError:", e)

# Subgenerator return value when closed: delegator finally runs
def sub_finally():
    try:
        yield "s1"
        yield "s2"
    finally:
        print("  sub finally")

def deleg_finally():
    try:
        yield from sub_finally()
    finally:
        print("  delegator finally")

df = deleg_finally()
print(next(df))
df.close()

# Sending through delegation into a coroutine averager
def averager():
    total, n = 0, 0
    while True:
        v = yield
        if v is None:
            return total / n if n else 0
        total += v
        n += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20]), ("c", [])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
