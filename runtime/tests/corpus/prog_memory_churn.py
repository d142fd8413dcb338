# memory churn: ~200,000 small objects, many of them in reference cycles, built and dropped
# in a loop; only a checksum is printed (a tracing or cycle collector must keep up)

MOD = 1000000007


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class Box:
    def __init__(self, v):
        self.v = v
        self.me = self  # direct self-reference


class Holder:
    def __init__(self, n):
        self.n = n
        self.callback = None


def make_ring(n, base):
    first = Node(base)
    cur = first
    for i in range(1, n):
        nxt = Node(base + i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    cur.next = first
    first.prev = cur
    return first


def ring_sum(start, steps):
    total = 0
    cur = start
    for _ in range(steps):
        total += cur.value
        cur = cur.next
    back = 0
    cur = start.prev
    for _ in range(steps):
        back += cur.value
        cur = cur.prev
    return total, back


def closure_cycle(n):
    h = Holder(n)

    def cb(k):
        return h.n * k  # closure references h, and h references the closure

    h.callback = cb
    return h


checksum = 0
created = 0
for rnd in range(40):
    ring = make_ring(2000, rnd * 7)
    created += 2000
    fwd, bwd = ring_sum(ring, 2000)
    checksum = (checksum * 31 + fwd + 3 * bwd) % MOD
    ring = None  # drop the only external reference to the cycle

    boxes = [Box(i ^ rnd) for i in range(500)]
    created += 500
    checksum = (checksum + sum(b.me.me.v for b in boxes)) % MOD
    del boxes

    holders = [closure_cycle(i + rnd) for i in range(300)]
    created += 600
    checksum = (checksum * 7 + sum(h.callback(3) for h in holders)) % MOD
    holders.clear()

    # mutually referencing dicts and lists
    a = {"name": "a", "round": rnd}
    b = {"name": "b", "peer": a}
    a["peer"] = b
    lst = [a, b]
    lst.append(lst)
    a["list"] = lst
    created += 3
    checksum = (checksum + len(a["peer"]["peer"]["list"][2][2]) + a["peer"]["peer"]["round"]) % MOD
    del a, b, lst

    # short-lived tuples and strings
    temp = [(i, str(i), (i, i)) for i in range(1000)]
    created += 4000
    checksum = (checksum + sum(len(t[1]) for t in temp)) % MOD
    temp = None

print("objects created (approx):", created)
print("checksum:", checksum)


# a tree of parent<->child links rebuilt repeatedly
class TreeNode:
    def __init__(self, depth, parent=None):
        self.parent = parent
        self.children = []
        if depth > 0:
            for _ in range(3):
                self.children.append(TreeNode(depth - 1, self))


def count(node):
    return 1 + sum(count(c) for c in node.children)


def depth_sum(node, d=0):
    return d + sum(depth_sum(c, d + 1) for c in node.children)


tree_total = 0
for i in range(6):
    root = TreeNode(6)
    leaf = root
    while leaf.children:
        leaf = leaf.children[-1]
    up = 0
    while leaf.parent is not None:
        leaf = leaf.parent
        up += 1
    tree_total += count(root) + depth_sum(root) + up
    root = None
print("tree total:", tree_total)

# generators and bound methods kept alive only through cycles
class Counter:
    def __init__(self):
        self.n = 0
        self.method = self.bump  # bound method -> self cycle

    def bump(self):
        self.n += 1
        return self.n


total = 0
for i in range(2000):
    c = Counter()
    for _ in range(i % 5):
        c.method()
    total += c.n
print("bound-method cycles:", total)
