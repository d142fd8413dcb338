# Reference cycles of every common shape, made in a loop: they must be
# reclaimed by the cycle collector for memory to stay bounded.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def make_closure_cycle():
    box = {}

    def inner():
        return box
    box["f"] = inner
    return None


for i in range(300_000):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.prev = a
    s = Node(i)
    s.next = s
    lst = []
    lst.append(lst)
    make_closure_cycle()

# An isolated cycle is found by an explicit collection too.
x = Node(1)
x.next = Node(2)
x.next.prev = x
del x
found = gc.collect()
print("collected", found >= 2)
