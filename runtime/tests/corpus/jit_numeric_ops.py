# Binary operators at sites whose operand types vary (the interpreter
# leaves them generic), which traces run through _BINARY_OP_NUM_* with
# inline small-int and float fast paths and the general case for the
# rest: every pair of a table of ints, floats and other numbers, through
# +, -, *, /, //, % and **, including the edges (small-int bounds, signed
# zeros, infinities, NaN, division by zero, results that need a big int,
# overflow).


vals = [0, 1, -1, 2, -3, 7, -7, 2**46, -2**47, 2**47 - 1, 2**48, 0.0, -0.0, 0.5, -2.5,
        1e308, -1e-300, 5e-324, float("inf"), float("-inf"), float("nan"), True, 10**20]


def run(f):
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
    return out


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def pw(a, b):
    # Keep int ** int small.
    if isinstance(b, int) and not isinstance(a, float) and (b > 64 or abs(a) > 2**20 and b > 2):
        return None
    return a ** b


for f in (add, sub, mul, div, fdiv, mod, pw):
    r = run(f)
    print(f.__name__, len(r))
    print(" ".join(r))


def accumulate(n):
    # A float accumulator fed ints and floats in turn.
    t = 0
    for i in range(n):
        t = t + (i if i % 2 else i * 0.5)
        t = t / 1.0001
    return t


print(accumulate(2000))
