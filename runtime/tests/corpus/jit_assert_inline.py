# A function with an assert and a guarded raise, called from a hot loop:
# the failures raise from the trace's exits with the messages CPython
# gives, and the loop goes on.

class T:
    def __init__(self, v): self.v = v
def check(t, i):
    assert isinstance(t, T), "not a T"
    if t.v < 0:
        raise ValueError("negative %d" % t.v)
    return t.v + i
def run(n):
    s = 0
    for i in range(n):
        try:
            s += check(T(i - 5) if i % 50 else i, i)
        except (AssertionError, ValueError) as e:
            s -= 1
            last = repr(e)
    return s, last
print(run(3000))
