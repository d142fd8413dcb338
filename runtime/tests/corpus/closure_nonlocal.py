# nonlocal rebinding across nested scopes.

def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        r1 = inner()
        r2 = inner()
        return r1, r2
    res = middle()
    return res, x

print(outer())

# nonlocal binds to the nearest enclosing function scope that has the name
def shadow():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = mid()
    return x, m

print(shadow())

# nonlocal with multiple names
def multi():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    r1 = (a, b)
    swap()
    return r1, (a, b)

print(multi())

# nonlocal in a loop inside closure
def running_stats():
    count = 0
    total = 0
    biggest = None
    def add(v):
        nonlocal count, total, biggest
        count += 1
        total += v
        if biggest is None or v > biggest:
            biggest = v
        return count, total, biggest
    return add

add = running_stats()
for v in [3, 9, 2, 9, 11, -4]:
    print(add(v))

# Without nonlocal, assignment creates a local and reading first fails
def broken():
    n = 5
    def inner():
        try:
            n += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
        return n
    return inner()
print(broken())

# nonlocal over a mutable vs. mutation without nonlocal
def mutate_without_nonlocal():
    data = []
    def push(v):
        data.append(v)   # no nonlocal needed for mutation
    push(1); push(2)
    return data
print(mutate_without_nonlocal())

# Generator with nonlocal state
def make_gen_counter():
    calls = 0
    def gen(n):
        nonlocal calls
        for i in range(n):
            calls += 1
            yield i
    def get_calls():
        return calls
    return gen, get_calls

gen, get_calls = make_gen_counter()
print(list(gen(3)), get_calls())
print(sum(gen(4)), get_calls())

# Deep nonlocal chain
def a():
    v = 1
    def b():
        nonlocal v
        v *= 2
        def c():
            nonlocal v
            v *= 3
            def d():
                nonlocal v
                v += 1
            d()
        c()
    b()
    b()
    return v
print(a())

# nonlocal state machine
def toggler(states):
    idx = -1
    def nxt():
        nonlocal idx
        idx = (idx + 1) % len(states)
        return states[idx]
    return nxt
t = toggler(["red", "green", "blue"])
print([t() for _ in range(7)])

# Lambda can't rebind; but a nested def can alongside it
def counter_pair():
    n = 0
    def bump():
        nonlocal n
        n += 1
    peek = lambda: n
    return bump, peek
bump, peek = counter_pair()
bump(); bump(); bump()
print(peek())
