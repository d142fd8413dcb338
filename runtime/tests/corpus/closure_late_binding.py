# Late binding of closures over loop variables and how to capture values.

funcs = []
for i in range(4):
    funcs.append(lambda: i)
print("late-bound:", [f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print("default capture:", [f() for f in funcs])

# Calling with an explicit argument overrides the captured default
print(funcs[1](100))

# Comprehensions have their own scope but still late-bind
fs = [lambda: j for j in range(3)]
print("comprehension late:", [f() for f in fs])
fs = [lambda j=j: j * 10 for j in range(3)]
print("comprehension captured:", [f() for f in fs])

# Factory function creates a new cell for each call
def make(v):
    return lambda: v
fs = [make(k) for k in "abc"]
print("factory:", [f() for f in fs])

# Loop variable in a nested def
handlers = {}
for name in ["start", "stop", "pause"]:
    def handler():
        return "handling " + name
    handlers[name] = handler
print({k: h() for k, h in handlers.items()})

handlers = {}
for name in ["start", "stop", "pause"]:
    def handler(name=name):
        return "handling " + name
    handlers[name] = handler
print({k: h() for k, h in handlers.items()})

# Modifying the loop variable after the loop affects late-bound closures
def build():
    fns = []
    for x in range(3):
        fns.append(lambda: x * x)
    x = 10
    return fns
print("after rebinding:", [f() for f in build()])

# While loop with closures
def while_closures():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print("while:", while_closures())

# Generator expressions evaluate the first iterable eagerly, the rest lazily
items = [1, 2, 3]
g = (x for x in items)
items = [7, 8, 9]
print("genexp first iterable:", list(g))

factor = 2
g = (x * factor for x in range(3))
factor = 5
print("genexp late factor:", list(g))

# Nested loops with capture
grid = []
for r in range(2):
    for c in range(2):
        grid.append(lambda r=r, c=c: (r, c))
print([g() for g in grid])

# Default capture snapshots mutable objects by reference, not by value
lists = []
acc = []
for k in range(3):
    acc.append(k)
    lists.append(lambda a=acc: list(a))
print([f() for f in lists])

# Closures created in a loop sharing one cell
def shared():
    fs = []
    for q in range(3):
        def f():
            return q
        fs.append(f)
    return fs
fs = shared()
print([f() for f in fs], fs[0].__closure__[0] is fs[2].__closure__[0])
