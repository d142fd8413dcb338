# global vs nonlocal vs closure cells
x = "global x"


def make_counter(start):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter(0)
inc2()
print(get(), get2())


def layered():
    a = 1

    def mid():
        a = 2  # new local in mid

        def inner():
            nonlocal a
            a += 10
            return a

        r = inner()
        return r, a

    r = mid()
    return r, a


print(layered())


def nonlocal_skips_levels():
    v = "outer"

    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"

        inner()

    middle()
    return v


print(nonlocal_skips_levels())


def global_and_nonlocal_mix():
    x = "local x"

    def uses_global():
        global x
        return x

    def uses_nonlocal():
        nonlocal x
        x = x + "!"
        return x

    return uses_global(), uses_nonlocal(), x


print(global_and_nonlocal_mix())

# closures capture variables, not values
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])


def make_adders():
    adders = []
    for k in range(3):
        def add(x, k=k):
            return x + k
        adders.append(add)
    return adders


print([a(10) for a in make_adders()])


# cell shared between two closures, modified after closure creation
def shared_cell():
    data = []

    def push(v):
        data.append(v)

    def view():
        return list(data)

    push(1)
    data = ["rebound"]
    push(2)
    return view()


print(shared_cell())

# closure introspection
inc3, _ = make_counter(3)
print(inc3.__code__.co_freevars, inc3.__closure__[0].cell_contents)


# lambda with global lookup at call time
y = 1
f = lambda: y * 2  # noqa: E731
y = 21
print(f())


# generator capturing nonlocal state
def gen_counter():
    total = 0

    def add(v):
        nonlocal total
        total += v

    for i in range(5):
        add(i)
        yield total


print(list(gen_counter()))
