# Recursive functions whose function trace is replaced while it runs: the
# trace calls the function again (a call it does not inline), the nested
# run leaves the same trace often enough at a branch that tier 2 projects
# the function again and discards the trace, and the outer run must then
# still return into the old trace's code (it is freed only once no run is
# left in it). A discarded trace freed at once crashed here.


def fib(n):
    if n < 2:
        a = n
        b = a
        c = b
        d = c
        e = d
        f = e
        return f
    return fib(n - 1) + fib(n - 2)


def walk(t, depth):
    if t is None or depth > 50:
        x = depth
        y = x
        z = y
        w = z
        return w
    left, right = t
    return walk(left, depth + 1) + walk(right, depth + 1)


def tree(n):
    return None if n == 0 else (tree(n - 1), tree(n - 2) if n > 1 else None)


def is_even(n):
    if n == 0:
        a = True
        b = a
        c = b
        return c
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        a = False
        b = a
        c = b
        return c
    return is_even(n - 1)


print([fib(i) for i in range(18)])
print(walk(tree(14), 0))
print([is_even(i) for i in range(40)], is_odd(301))
