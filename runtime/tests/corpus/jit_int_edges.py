# Int-only arithmetic sites (specialized to _BINARY_OP_ADD_INT and friends
# in traces) whose results cross the small-int range (48 bits) in both
# directions mid-loop: the trace leaves on overflow, the interpreter makes
# a big int, and the loop comes back to small ints (run with
# -X jit-threshold=1 by the corpus test too).


def climb(start, step, n):
    x = start
    out = []
    for i in range(n):
        x = x + step
        out.append(x)
    return out[-3:], x


def fall(start, step, n):
    x = start
    for i in range(n):
        x = x - step
    return x


def grow(start, factor, n):
    x = start
    seen = []
    for i in range(n):
        x = x * factor
        seen.append(x)
    return seen[-2:]


def mixed(n):
    # Products of a small int by every sign, around the edge.
    total = 0
    for i in range(n):
        a = (i % 7) - 3
        b = 2**44 + i
        total = total + a * b * 4 - b * a * 4 + a * 8
    return total


LIMIT = 2**47
for k in range(4):
    print("climb", climb(LIMIT - 300, 1, 600))
    print("climb back", climb(LIMIT + 300, -1, 600))
    print("fall", fall(-LIMIT + 200, 1, 500), fall(-LIMIT - 200, -1, 500))
    print("grow", grow(3, 2, 60), grow(-3, 2, 60), grow(2**40, -1, 200))
    print("mixed", mixed(2000))
print(climb(LIMIT - 1, 1, 1), fall(-LIMIT, 1, 1), grow(-(2**46), 2, 1), grow(-(2**46), -2, 1))
