# *args and **kwargs collection and unpacking.

def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", k=None))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)

def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3, 4))

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=100))

# Unpacking at the call site.
nums = [4, 5, 6]
print(total(*nums))
print(total(*nums, *range(3)))
print(total(*(), start=-1))

opts = {"sep": "-", "end": "|\n"}
print("a", "b", "c", **opts)

def describe(name, age, city="?"):
    return f"{name}/{age}/{city}"

person = {"name": "Eve", "age": 30}
print(describe(**person))
print(describe(**person, city="Oslo"))
print(describe(*["Al", 5], **{"city": "Rome"}))
print(describe(**{"age": 1}, **{"name": "Zed"}))

# Keyword argument order is preserved in **kwargs.
def order(**kw):
    return list(kw.items())
print(order(z=1, a=2, m=3))
print(order(**{"b": 1}, a=2, **{"c": 3}))

# kwargs is a fresh dict each call.
def mutate(**kw):
    kw["added"] = True
    return kw
src = {"x": 1}
print(mutate(**src), src)

# args is a tuple; can't be modified in place
def try_mutate(*args):
    try:
        args[0] = 5
    except TypeError as e:
        print("TypeError:", e)
    return args
print(try_mutate(1, 2))

# Forwarding wrappers.
def forward(f, *a, **k):
    return f(*a, **k)
print(forward(describe, "Fay", age=9))
print(forward(max, 3, 9, 2))
print(forward(sorted, [3, 1, 2], reverse=True))

# Mix of everything.
def everything(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
print(everything(a=1, c=3, zz=0, d=None))

# Unpacking strings, dicts, generators.
print(total(*(x * x for x in range(5))))
print(collect(*"hey"))
print(collect(*{"k1": 1, "k2": 2}))

# Starred assignment pairs naturally with *args.
first, *middle, last = range(6)
print(first, middle, last)
print(collect(first, *middle, last=last))
