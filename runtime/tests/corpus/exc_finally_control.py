# finally interacting with return / break / continue


def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally of ret_in_try")


def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"  # noqa


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"  # noqa


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def return_int_before_finally():
    x = 10
    try:
        return x
    finally:
        x = 20


print(ret_in_try())
print(finally_overrides_return())
print(finally_swallows_exception())
print(return_value_evaluated_before_finally())
print(return_int_before_finally())

# break in try with finally
for i in range(5):
    try:
        if i == 2:
            print("breaking at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

# continue in try with finally
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print("odd", i)
    finally:
        print("fin", i)

# break inside finally discards an exception
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded %d" % i)
        finally:
            break  # noqa
    return "loop exited with i=%d" % i


print(break_in_finally())


# continue in finally (allowed since 3.8) discards the exception each time
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            seen.append(i)
            raise ValueError(i)
        finally:
            continue  # noqa
    return seen


print(continue_in_finally())


# while loop with nested finally blocks and break
def nested_finally_break():
    order = []
    n = 0
    while True:
        n += 1
        try:
            try:
                if n == 3:
                    break
                order.append("iter%d" % n)
            finally:
                order.append("inner%d" % n)
        finally:
            order.append("outer%d" % n)
    order.append("done")
    return order


print(nested_finally_break())


# return inside except, finally still executes
def ret_in_except():
    try:
        {}["x"]
    except KeyError:
        return "from except"
    finally:
        print("  finally after except-return")


print(ret_in_except())


# generator with finally: closed when exhausted or when close() called
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")


g = gen()
print(next(g))
g.close()
print("closed")
print(list(gen()))


# counter of how many times finally runs in recursive calls
count = 0


def rec(n):
    global count
    try:
        if n == 0:
            return 0
        return n + rec(n - 1)
    finally:
        count += 1


print(rec(10), count)
