# yield from delegation.

def inner():
    yield 1
    yield 2
    return "inner-done"

def outer():
    yield 0
    result = yield from inner()
    print("  inner returned", result)
    yield 3

print(list(outer()))

# Delegation to any iterable
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, 3, [4, (5, 6)]], [[[7]]], 8])))

def chars():
    yield from "abc"
    yield from range(3)
    yield from {"k": 1, "j": 2}
    yield from ()
print(list(chars()))

# Tree traversal with yield from
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __repr__(self):
        return f"Node({self.value})"

def preorder(n):
    yield n.value
    for c in n.children:
        yield from preorder(c)

def postorder(n):
    for c in n.children:
        yield from postorder(c)
    yield n.value

tree = Node("a", Node("b", Node("d"), Node("e")), Node("c", Node("f")))
print(list(preorder(tree)))
print(list(postorder(tree)))

# Depth-limited recursion with yield from
def paths(n, prefix=""):
    if n == 0:
        yield prefix
        return
    yield from paths(n - 1, prefix + "L")
    yield from paths(n - 1, prefix + "R")
print(list(paths(3)))

# yield from with generator expression
def evens_then_odds(n):
    yield from (i for i in range(n) if i % 2 == 0)
    yield from (i for i in range(n) if i % 2)
print(list(evens_then_odds(7)))

# Interleaving sources manually vs. sequential yield from
def roundrobin(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(roundrobin("ABC", "d", "EF")))

# yield from an iterator partially consumed elsewhere
it = iter(range(6))
next(it)
def rest():
    yield from it
print(list(rest()))

# Permutations via yield from recursion
def perms(items):
    if not items:
        yield ()
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + p
print(list(perms((1, 2, 3))))
print(sum(1 for _ in perms(tuple(range(5)))))

# Power set
def powerset(s):
    if not s:
        yield []
        return
    for sub in powerset(s[1:]):
        yield sub
        yield [s[0]] + sub
print(sorted(powerset([1, 2, 3]), key=lambda x: (len(x), x)))

# yield from a non-iterable raises TypeError
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)

# Exhausted subgenerator: yield from returns immediately
def done():
    return "already"
    yield
def wrapper():
    r = yield from done()
    yield r
print(list(wrapper()))
