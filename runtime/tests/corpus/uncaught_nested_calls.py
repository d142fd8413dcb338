# exception raised several calls deep, passing through finally blocks
depth_log = []


def a(n):
    try:
        return b(n + 1)
    finally:
        print("a finally", n)


def b(n):
    try:
        return c(n * 2)
    finally:
        print("b finally", n)


def c(n):
    print("c called with", n)
    items = list(range(n))
    return items[n]


print("begin")
a(1)
print("unreachable")
