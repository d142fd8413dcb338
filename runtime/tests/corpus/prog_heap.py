# a binary heap priority queue implemented by hand, with decrease-key and a task scheduler


class MinHeap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key
        self.swaps = 0

    def __len__(self):
        return len(self.items)

    def _less(self, i, j):
        return self.key(self.items[i]) < self.key(self.items[j])

    def _swap(self, i, j):
        self.items[i], self.items[j] = self.items[j], self.items[i]
        self.swaps += 1

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self._swap(i, parent)
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.items)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and self._less(l, smallest):
                smallest = l
            if r < n and self._less(r, smallest):
                smallest = r
            if smallest == i:
                return
            self._swap(i, smallest)
            i = smallest

    def push(self, item):
        self.items.append(item)
        self._up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last
        top = self.items[0]
        self.items[0] = last
        self._down(0)
        return top

    def peek(self):
        if not self.items:
            raise IndexError("peek at empty heap")
        return self.items[0]

    @classmethod
    def heapify(cls, seq, key=lambda x: x):
        h = cls(key)
        h.items = list(seq)
        for i in range(len(h.items) // 2 - 1, -1, -1):
            h._down(i)
        return h

    def check(self):
        n = len(self.items)
        return all(not self._less(i, (i - 1) // 2) for i in range(1, n))


# heap sort on pseudo-random data
seed = 2024
data = []
for _ in range(3000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    data.append(seed >> 40)
h = MinHeap()
for d in data:
    h.push(d)
print("valid heap:", h.check(), "size:", len(h))
out = [h.pop() for _ in range(len(h))]
print("sorted correctly:", out == sorted(data))
print("smallest five:", out[:5])
print("largest:", out[-1])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

h2 = MinHeap.heapify(data)
print("heapify valid:", h2.check(), "peek == min:", h2.peek() == min(data))

# max-heap via key, with tuples and stable tie-break on insertion counter
class Task:
    counter = 0

    def __init__(self, name, priority):
        Task.counter += 1
        self.seq = Task.counter
        self.name = name
        self.priority = priority

    def __repr__(self):
        return "%s(p%d)" % (self.name, self.priority)


tasks = MinHeap(key=lambda t: (-t.priority, t.seq))
for name, pr in [("write", 2), ("test", 5), ("deploy", 1), ("review", 5), ("plan", 9),
                 ("lunch", 3), ("email", 2), ("fix", 9)]:
    tasks.push(Task(name, pr))
order = []
while tasks:
    order.append(tasks.pop())
print(order)

# simulated scheduler: jobs arrive over time; shortest job first
jobs = [(0, "A", 8), (1, "B", 4), (2, "C", 9), (3, "D", 5), (10, "E", 2), (11, "F", 1), (30, "G", 3)]
pending = MinHeap(key=lambda j: (j[2], j[0], j[1]))
t = 0
i = 0
finished = []
while i < len(jobs) or pending:
    while i < len(jobs) and jobs[i][0] <= t:
        pending.push(jobs[i])
        i += 1
    if not pending:
        t = jobs[i][0]
        continue
    arrival, name, dur = pending.pop()
    start = t
    t += dur
    finished.append((name, start, t, t - arrival))
for name, s, e, turnaround in finished:
    print("%s ran %2d..%2d turnaround %2d" % (name, s, e, turnaround))
print("average turnaround: %.3f" % (sum(f[3] for f in finished) / len(finished)))

# k-way merge of sorted lists using the heap
lists = [[1, 4, 9, 16], [2, 3, 5, 7, 11, 13], [], [0, 10, 20], [6]]
merge = MinHeap(key=lambda e: (e[0], e[1]))
for li, lst in enumerate(lists):
    if lst:
        merge.push((lst[0], li, 0))
merged = []
while merge:
    v, li, idx = merge.pop()
    merged.append(v)
    if idx + 1 < len(lists[li]):
        merge.push((lists[li][idx + 1], li, idx + 1))
print(merged)

# running median with two heaps
lo = MinHeap(key=lambda x: -x)
hi = MinHeap()
medians = []
for v in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2, 6]:
    if not lo or v <= lo.peek():
        lo.push(v)
    else:
        hi.push(v)
    if len(lo) > len(hi) + 1:
        hi.push(lo.pop())
    elif len(hi) > len(lo):
        lo.push(hi.pop())
    medians.append(lo.peek() if len(lo) > len(hi) else (lo.peek() + hi.peek()) / 2)
print(medians)
