"""`not x` on a trace: bools, None and small ints inline, everything else
(big ints, floats, containers, `__bool__`, `__len__`, a raising
`__bool__`) through the general case, in one hot loop."""


class T:
    def __bool__(self):
        return False


class L:
    def __len__(self):
        return 3


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


values = [True, False, None, 0, 1, -1, 2**47 - 1, -(2**47), 2**60, 0.0, -0.0, 1.5,
          float("nan"), "", "x", [], [0], (), {}, {1: 2}, T(), L(), object()]


def count(vals, n):
    hits = [0] * len(vals)
    for _ in range(n):
        for i, v in enumerate(vals):
            hits[i] += not v
    return hits


print(count(values, 2000))
print([not v for v in values])
try:
    count([True, 0, Bad()], 2000)
except ValueError as e:
    print("ValueError:", e)
