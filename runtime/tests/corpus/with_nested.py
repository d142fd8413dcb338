# Nested with statements and ordering of enter/exit.

log = []

class Step:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress

def show(title):
    print(title)
    for entry in log:
        print("   ", entry)
    log.clear()

with Step("a") as a:
    with Step("b") as b:
        with Step("c") as c:
            log.append(f"body {a}{b}{c}")
show("three nested:")

try:
    with Step("outer"):
        with Step("inner"):
            raise ValueError("deep")
except ValueError as e:
    log.append("caught " + str(e))
show("exception propagates through both:")

with Step("outer"):
    with Step("inner", suppress=True):
        raise ValueError("deep")
    log.append("after inner block")
show("inner suppresses:")

with Step("outer", suppress=True):
    with Step("inner"):
        raise KeyError("k")
    log.append("never logged")
log.append("after outer block")
show("outer suppresses:")

try:
    with Step("outer"):
        with Step("broken", fail_enter=True):
            log.append("never")
except RuntimeError as e:
    log.append("caught " + str(e))
show("inner enter fails:")

# Exception in exit of inner is seen by outer
class ExitRaises(Step):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        raise OSError("exit exploded in " + self.name)

class Recorder(Step):
    def __exit__(self, et, ev, tb):
        log.append(f"recorder saw {et.__name__}: {ev} (context={ev.__context__!r})")
        return True

with Recorder("rec"):
    with ExitRaises("x"):
        raise ValueError("original")
show("exit raising replaces exception:")

# Nesting in loops with break/continue
for i in range(3):
    with Step(f"loop{i}"):
        if i == 1:
            log.append("continue")
            continue
        with Step(f"inner{i}"):
            if i == 2:
                log.append("break")
                break
show("loop nesting:")

# Nesting in functions with return in the middle
def f():
    with Step("f-outer"):
        with Step("f-inner"):
            return "value"
log.append("returned " + f())
show("return through two levels:")

# Generators holding contexts open across yields
def gen():
    with Step("gen-ctx"):
        yield 1
        yield 2
g = gen()
log.append(f"first {next(g)}")
log.append(f"second {next(g)}")
try:
    next(g)
except StopIteration:
    log.append("generator exhausted")
show("with in generator:")

g = gen()
next(g)
g.close()
show("generator closed early:")

# Deep nesting
depth = 0
class Depth:
    def __enter__(self):
        global depth
        depth += 1
        return depth
    def __exit__(self, *a):
        global depth
        depth -= 1
with Depth() as d1:
    with Depth() as d2:
        with Depth() as d3:
            with Depth() as d4:
                print("depths:", d1, d2, d3, d4, "current:", depth)
print("after:", depth)
