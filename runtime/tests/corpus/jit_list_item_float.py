# `v[k] op= x` on lists of floats, which tier 2 fuses into one micro-op
# reading the list from its local (nbody's velocity updates). Each loop
# runs long enough to be traced and then meets what the fused uop does not
# handle, where the trace must leave at the subscript and the interpreter
# do the rest: an int item, a short list, a tuple, a dict, a class with
# its own __getitem__ and __setitem__, x of the wrong type, and -0.0.


class Rec:
    def __init__(self):
        self.log = []
        self.d = {0: 1.0, 1: 2.0, 2: 3.0}

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.d[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.d[k] = v


def update(vs, dx, b, n):
    for i in range(n):
        for v in vs:
            v[0] -= dx * b
            v[1] += dx * b
            v[2] *= 1.0 + dx * b
    return vs


def mixed_x(v, n):
    out = []
    for i in range(n):
        k = i % 5
        v[0] += k * 0.5
        v[1] -= 2.5 * k
        v[2] *= 1.0 + k
        out.append(v[2])
    return v, out[-3:]


def switch_items(n):
    v = [1.0, 2.0, 3.0]
    seen = []
    for i in range(n):
        if i == n - 20:
            v[1] = 7  # an int item: leaves, the interpreter adds
        if i == n - 10:
            v = [0.5]  # too short for index 1 or 2
        try:
            v[0] += 0.25 * 2.0
            v[1] += 0.25 * 2.0
        except IndexError as e:
            seen.append(("IndexError", str(e)))
        seen.append(tuple(v))
    return seen[:2], seen[-25:]


def other_containers(n):
    out = []
    for obj in [[1.0, 2.0, 3.0]] * n + [(1.0, 2.0, 3.0), {0: 1.0, 1: 2.0, 2: 3.0}, Rec(), [1.0, "s", 3.0]]:
        d = 0.5
        try:
            obj[0] -= d * 2.0
            obj[1] += d * 2.0
        except TypeError as e:
            out.append(("TypeError", str(e)))
            continue
        out.append(obj if not isinstance(obj, Rec) else (obj.d, obj.log))
    return out[:1], out[-4:]


def signed_zero(n):
    v = [0.0, -0.0, 1.0]
    for i in range(n):
        z = 0.0 * -1.0
        v[0] += z
        v[1] -= z
        v[2] *= z
    return v


vs = [[1.0, 2.0, 3.0], [0.5, -1.5, 2.25]]
print(update(vs, 0.01, 3.0, 300))
print(mixed_x([1.0, 2.0, 1.0], 200))
print(switch_items(300))
print(other_containers(300))
print(signed_zero(300))
