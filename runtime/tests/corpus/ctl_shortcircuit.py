# Boolean operators return operands; short-circuit evaluation order
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or {} or 0, [] and 1, "a" and "b" and "c")
print(not 0, not 1, not "", not [0], not None, (0 or None) is None, (1 and None) is None)
print([] or [1], [0] and [1], 0.0 or -0.0, -0.0 or 0.0, "" and 1/0, 1 or 1/0)
trace = []
def t(name, val):
    trace.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, trace)
trace.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, trace)
trace.clear()
r = t("a", 0) or t("b", "") or t("c", "x") or t("d", "y")
print(repr(r), trace)
trace.clear()
r = t("a", 1) and t("b", 0) or t("c", 3)
print(r, trace)
trace.clear()
r = t("a", 0) or t("b", 2) and t("c", 0)
print(r, trace)
trace.clear()
r = not t("a", []) and t("b", "ok")
print(r, trace)
def safe_get(d, k):
    return d is not None and k in d and d[k]
print(safe_get(None, "x"), safe_get({}, "x"), safe_get({"x": 0}, "x"), safe_get({"x": 5}, "x"))
name = None
display = name or "anonymous"
print(display)
counts = {}
counts["a"] = counts.get("a") or 10
print(counts)
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool(", self.v, ")", sep="")
        return bool(self.v)
    def __repr__(self):
        return "Loud(%r)" % self.v
print(Loud(0) or Loud(1))
print(Loud(2) and Loud(3))
print(not Loud(0))
print(Loud(1) if Loud(0) else Loud(5))
x = Loud(1)
while x:
    x = Loud(0)
print([i for i in range(5) if i and i % 2], all([]), any([]), all([1, Loud(0)]), any([0, Loud(7)]))
class NoBool:
    def __bool__(self):
        raise ValueError("no truth value")
try:
    if NoBool():
        pass
except ValueError as e:
    print("ValueError:", e)
print(0 or NoBool.__name__, True or NoBool())
try:
    print(False or NoBool() and 1)
except ValueError as e:
    print("ValueError:", e)
print((lambda: 0)() or (lambda: "lam")(), [1, 2] and [3][0], 3 and 0 or 7, 3 and 5 or 7)
