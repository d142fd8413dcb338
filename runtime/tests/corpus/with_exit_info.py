# What __exit__ receives, and how its return value controls propagation.

class Inspect:
    def __init__(self, verdict=False):
        self.verdict = verdict
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.seen = (exc_type, exc_value, tb)
        if exc_type is None:
            print("  __exit__: no exception; all None:", exc_value is None and tb is None)
        else:
            print("  __exit__: type", exc_type.__name__,
                  "| value", repr(exc_value),
                  "| isinstance", isinstance(exc_value, exc_type),
                  "| tb type", type(tb).__name__,
                  "| value.__traceback__ is tb", exc_value.__traceback__ is tb)
        return self.verdict

with Inspect() as i:
    pass

with Inspect(True):
    raise ValueError("v1")

with Inspect(True):
    raise KeyError("k")

with Inspect(True):
    {}["missing"]

with Inspect(True):
    raise IndexError          # class, not instance: __exit__ receives an instance

class CustomErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
with Inspect(True) as ins:
    raise CustomErr(7)
print("custom code seen:", ins.seen[1].code)

# Return values: various truthy and falsy
for verdict in [None, 0, "", [], 1, "yes", [0]]:
    try:
        with Inspect(verdict):
            raise ZeroDivisionError("zd")
        print(f"verdict {verdict!r}: suppressed")
    except ZeroDivisionError:
        print(f"verdict {verdict!r}: propagated")

# Suppression applies to BaseException subclasses too
with Inspect(True):
    raise KeyboardInterrupt
print("KeyboardInterrupt suppressed")

with Inspect(True):
    raise SystemExit(3)
print("SystemExit suppressed")

# An exception chain is visible in __exit__
with Inspect(True) as ins:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
print("cause:", repr(ins.seen[1].__cause__))

# Traceback information: line number of the raise
with Inspect(True) as ins:
    x = 1
    raise ValueError("on a known line")
tb = ins.seen[2]
print("tb_lineno is int:", isinstance(tb.tb_lineno, int), "| tb_next is None:", tb.tb_next is None)

# Exception raised in a nested function: traceback has more than one frame
def thrower():
    raise LookupError("deep")
with Inspect(True) as ins:
    thrower()
frames = 0
t = ins.seen[2]
while t is not None:
    frames += 1
    t = t.tb_next
print("frames in traceback:", frames)

# __exit__ can inspect and re-raise a different exception
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError(f"translated {ev.args[0]!r}") from ev
        return False
try:
    with Translate():
        {}["key"]
except LookupError as e:
    print(type(e).__name__, e, "| cause", repr(e.__cause__))

# __exit__ called with exception info while sys.exc_info() sees it too
import sys
class ExcInfo:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        info = sys.exc_info()
        print("  sys.exc_info type inside __exit__:", info[0].__name__ if info[0] else None)
        return True
with ExcInfo():
    raise TypeError("t")
with ExcInfo():
    pass
print("sys.exc_info after with:", sys.exc_info())

# Exception variable in with-body except clause remains separate
with Inspect() as ins:
    try:
        raise ValueError("handled inside")
    except ValueError as e:
        print("handled inside body:", e)
print("exit saw:", ins.seen)
