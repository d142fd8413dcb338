# a doubly linked list and a binary search tree with insert / delete / traversal


class DNode:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for it in items:
            self.append(it)

    def append(self, v):
        n = DNode(v)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev = self.tail
            self.tail.next = n
            self.tail = n
        self.size += 1

    def prepend(self, v):
        n = DNode(v)
        if self.head is None:
            self.head = self.tail = n
        else:
            n.next = self.head
            self.head.prev = n
            self.head = n
        self.size += 1

    def remove(self, v):
        cur = self.head
        while cur is not None:
            if cur.value == v:
                if cur.prev:
                    cur.prev.next = cur.next
                else:
                    self.head = cur.next
                if cur.next:
                    cur.next.prev = cur.prev
                else:
                    self.tail = cur.prev
                self.size -= 1
                return
            cur = cur.next
        raise ValueError("%r not in list" % (v,))

    def reverse(self):
        cur = self.head
        self.head, self.tail = self.tail, self.head
        while cur is not None:
            cur.prev, cur.next = cur.next, cur.prev
            cur = cur.prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def backwards(self):
        cur = self.tail
        while cur:
            yield cur.value
            cur = cur.prev

    def __len__(self):
        return self.size

    def __repr__(self):
        return "DList(" + " <-> ".join(map(repr, self)) + ")"


dl = DList(range(1, 6))
dl.prepend(0)
dl.append(6)
print(dl, len(dl))
dl.remove(0)
dl.remove(6)
dl.remove(3)
print(dl, list(dl.backwards()))
try:
    dl.remove(42)
except ValueError as e:
    print("ValueError:", e)
dl.reverse()
print(dl, list(dl.backwards()))
for v in list(dl):
    dl.remove(v)
print(dl, len(dl), dl.head, dl.tail)


class BST:
    class Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = BST.Node(key)
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST.Node(key))
                return True
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        return removed

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, r = self._delete(node.left, key)
            return node, r
        if key > node.key:
            node.right, r = self._delete(node.right, key)
            return node, r
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left:
            succ = succ.left
        node.key = succ.key
        node.right, _ = self._delete(node.right, succ.key)
        return node, True

    def inorder(self):
        out, stack, cur = [], [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            out.append(cur.key)
            cur = cur.right
        return out

    def preorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return [node.key] + self.preorder(node.left) + self.preorder(node.right)

    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


t = BST()
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50]
print([t.insert(k) for k in keys])
print("inorder ", t.inorder())
print("preorder", t.preorder())
print("levels  ", t.levels(), "height", t.height())
print(45 in t, 46 in t)
for k in [20, 30, 50, 99, 70]:
    print("delete", k, t.delete(k), t.inorder())
print("levels  ", t.levels(), "height", t.height())

# a larger pseudo-random tree (LCG, deterministic)
big = BST()
x = 12345
inserted = set()
for _ in range(2000):
    x = (x * 1103515245 + 12345) % 2 ** 31
    k = x % 5000
    big.insert(k)
    inserted.add(k)
print(len(big.inorder()) == len(inserted), big.inorder() == sorted(inserted), big.height())
for k in sorted(inserted)[::3]:
    big.delete(k)
remaining = big.inorder()
print(len(remaining), remaining[:8], remaining == sorted(set(inserted) - set(sorted(inserted)[::3])))
