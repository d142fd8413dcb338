# Calls of `math` functions of one float, which traces make directly
# (_CALL_NATIVE_F64: libm without the call protocol), run with
# -X jit-threshold=1 by the corpus test too: float and int arguments, the
# domain and range errors (which leave the trace for the full function),
# NaN and infinities, bools, big ints, strings, a site whose callee is
# rebound mid-loop, and `import math` and `from math import` forms.
import math
from math import sin, cos, sqrt, exp


def waves(n):
    t = 0.0
    for i in range(n):
        t += sin(i) * cos(i * 0.5) + sqrt(i)
    return t


print("waves", waves(400))


def roots(xs):
    out = []
    for x in xs:
        out.append(math.sqrt(x))
    return out


print("roots", roots([4.0, 2, 9] * 100)[-3:])
for bad in (-1.0, "s", [1]):
    try:
        roots([4.0] * 250 + [bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("roots special", roots([4.0] * 250 + [math.inf, True, 10**20])[-3:])
print("nan", roots([4.0] * 250 + [math.nan])[-1])


def exps(xs):
    return [exp(x) for x in xs]


print("exp", exps([0.5] * 300)[-1])
try:
    exps([0.5] * 300 + [1000.0])
except OverflowError as e:
    print("OverflowError", e)
print("exp -inf", exps([0.5] * 300 + [-math.inf])[-1])
try:
    exps([0.5] * 300 + [10**400])
except OverflowError as e:
    print("OverflowError", e)


def trig(n):
    f = math.sin
    t = 0.0
    for i in range(n):
        if i == 300:
            f = math.cos
        t += f(i)
    return t


print("rebound", trig(600))
try:
    waves_sin = [math.sin(x) for x in [1.0] * 300 + [math.inf]]
except ValueError as e:
    print("ValueError", e)
print(math.sqrt(-4))
