# Generators composed into processing pipelines.

LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 85%
2024-01-02 ERROR failed to connect db
# comment line
2024-01-02 INFO retry ok

2024-01-03 ERROR timeout on api
2024-01-03 INFO shutdown
"""

def lines(text):
    for line in text.split("\n"):
        yield line

def strip_blank(it):
    for line in it:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(it):
    for line in it:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}

def where(it, **conds):
    for rec in it:
        if all(rec.get(k) == v for k, v in conds.items()):
            yield rec

def select(it, *fields):
    for rec in it:
        yield tuple(rec[f] for f in fields)

pipeline = select(where(parse(strip_blank(lines(LOG))), level="ERROR"), "date", "msg")
for row in pipeline:
    print(row)

# Counting levels
counts = {}
for rec in parse(strip_blank(lines(LOG))):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)

# Tracing the lazy evaluation order
def stage(name, it):
    for x in it:
        print(f"  {name} passes {x}")
        yield x

def source(n):
    for i in range(n):
        print(f"  source emits {i}")
        yield i

p = stage("B", (x * 10 for x in stage("A", source(3)) if x != 1))
print("pipeline built")
print(next(p))
print(list(p))

# Moving average pipeline
def moving_avg(it, window):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > window:
            buf.pop(0)
        if len(buf) == window:
            yield sum(buf) / window

print(list(moving_avg([1, 2, 3, 4, 5, 6, 10], 3)))

# Word frequency pipeline
TEXT = "the quick brown fox jumps over the lazy dog the fox"
def words(text):
    for w in text.split():
        yield w.lower()

def freq(it):
    d = {}
    for w in it:
        d[w] = d.get(w, 0) + 1
    return d

f = freq(words(TEXT))
print(sorted(f.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

# Pipeline with coroutine sinks (push style)
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

def primed(co):
    next(co)
    return co

sink_even = primed(filter_co(lambda x: x % 2 == 0, primed(printer("even:"))))
sink_big = primed(filter_co(lambda x: x > 3, primed(printer("big:"))))
b = primed(broadcast([sink_even, sink_big]))
for i in range(6):
    b.send(i)

# Batching then flattening
def batch(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf

def unbatch(it):
    for b in it:
        yield from b

print(list(batch(range(7), 3)))
print(list(unbatch(batch(range(7), 3))))

# Generator pipeline with early termination closes upstream stages
def guarded(name, it):
    try:
        yield from it
    finally:
        print(f"  {name} closed")

g = guarded("outer", guarded("inner", iter(range(100))))
for v in g:
    if v == 2:
        break
g.close()
print("after break")
