# RecursionError caught, and the program continues normally afterwards
import sys


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("caught RecursionError")
    print("maximum recursion depth exceeded" in str(e))
    print(isinstance(e, RuntimeError))

# recursion still works after the error
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))

# count how deep we got (approximately equal to the limit; print only a coarse check)
reached = 0


def probe(n):
    global reached
    reached = n
    probe(n + 1)


try:
    probe(1)
except RecursionError:
    pass
print(reached > 900, reached <= sys.getrecursionlimit())


# recursion error inside __repr__ of a self-containing structure built by hand
class Loop:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return "Loop(" + repr(self.me) + ")"


try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", "maximum recursion depth exceeded" in str(e))

# builtin reprs handle self-reference without error
lst = [1]
lst.append(lst)
print(lst)
d = {"k": 1}
d["self"] = d
print(d)


# mutual infinite recursion
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError:
    print("mutual recursion caught")


# catching deep inside, then recovering at a shallower depth
def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


r = guarded(0)
print(r > 900)

# the recursion limit is unchanged
print(sys.getrecursionlimit())
