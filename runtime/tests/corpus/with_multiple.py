# Multiple context managers in one with statement.

log = []

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name}" + (f" with {et.__name__}" if et else ""))
        return self.suppress

def flush(title):
    print(title, log)
    log.clear()

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a} {b} {c}")
flush("three:")

# Parenthesised form (3.10+)
with (
    CM("x") as x,
    CM("y") as y,
):
    log.append(f"body {x} {y}")
flush("parenthesized:")

# Mixed with and without 'as'
with CM("p"), CM("q") as q:
    log.append("q is " + q)
flush("mixed:")

# Exception inside body: all exit in reverse order
try:
    with CM("a"), CM("b"), CM("c"):
        raise ValueError("boom")
except ValueError:
    log.append("caught")
flush("exception:")

# Middle manager suppresses: outer sees no exception
with CM("a"), CM("b", suppress=True), CM("c"):
    raise ValueError("boom")
flush("middle suppresses:")

# Second manager fails to enter: first is exited, third never entered
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
flush("enter failure:")

# Later managers can use earlier targets
class Child:
    def __init__(self, parent):
        self.parent = parent
    def __enter__(self):
        log.append("child of " + self.parent)
        return self.parent + "/child"
    def __exit__(self, *a):
        log.append("child exit")
with CM("parent") as p, Child(p) as ch:
    log.append("got " + ch)
flush("dependent:")

# The same manager object used twice
class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        log.append(f"depth {self.depth}")
        return self
    def __exit__(self, *a):
        log.append(f"leave {self.depth}")
        self.depth -= 1
r = Reentrant()
with r, r, r:
    log.append("inside")
flush("reentrant:")

# Targets are evaluated as each manager is entered
order = []
def make(name):
    order.append("make " + name)
    return CM(name)
with make("one") as o1, make("two") as o2:
    pass
print(order, log)
log.clear()

# Equivalent nested form produces the same log
with CM("a") as a:
    with CM("b") as b:
        log.append("nested body")
nested = list(log)
log.clear()
with CM("a") as a, CM("b") as b:
    log.append("nested body")
print("same as nested:", nested == log)
log.clear()

# Exception from an expression creating the second manager
def bad_factory():
    raise LookupError("no manager")
try:
    with CM("first"), bad_factory():
        pass
except LookupError as e:
    log.append("caught " + str(e))
flush("factory failure:")
