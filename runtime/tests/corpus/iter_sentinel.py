# iter(callable, sentinel).

def make_counter():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return n
    return nxt

it = iter(make_counter(), 5)
print(type(it).__name__)
print(list(it))
print(list(it))

# Reading "lines" from a fake file
class FakeFile:
    def __init__(self, text):
        self.lines = text.split("\n")
        self.pos = 0
    def readline(self):
        if self.pos >= len(self.lines):
            return ""
        line = self.lines[self.pos]
        self.pos += 1
        return line + "\n"

f = FakeFile("alpha\nbeta\ngamma")
for line in iter(f.readline, ""):
    print("line:", line.rstrip())

# Chunks of a list via pop
data = list(range(10))
def grab():
    return data.pop(0) if data else None
print(list(iter(grab, None)))

# Sentinel compared with ==
values = iter([1, 2.0, 3, 4])
it = iter(lambda: next(values), 3.0)
print(list(it))

# Sentinel never reached: stop via exception propagation
src = iter([1, 2])
it = iter(lambda: next(src), "never")
try:
    print(list(it))
except StopIteration:
    print("StopIteration escaped from callable")

# Non-callable first argument with sentinel
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)

# Callable object
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.rolls.pop(0)

d = Dice([3, 1, 4, 1, 5, 6, 2])
print(list(iter(d, 6)), d.calls, d.rolls)

# Callable raising an error
def failing():
    raise KeyError("inside callable")
try:
    list(iter(failing, 0))
except KeyError as e:
    print("KeyError:", e)

# After sentinel reached, callable is not called again
calls = []
def recorder():
    calls.append(len(calls))
    return len(calls)
it = iter(recorder, 2)
print(list(it), calls)
print(next(it, "done"), calls)

# Using bound methods as callables
stack = [1, 2, 3, 0, 4, 5]
print(list(iter(stack.pop, 0)), stack)

# Sentinel with custom __eq__
class AnyNegative:
    def __eq__(self, other):
        return isinstance(other, int) and other < 0
nums = iter([5, 3, -1, 8])
print(list(iter(lambda: next(nums), AnyNegative())))
print(list(nums))

# Iter with sentinel in a for loop with else
vals = iter(["a", "b", "STOP", "c"])
for v in iter(lambda: next(vals), "STOP"):
    print("got", v)
else:
    print("loop finished normally")
print(next(vals))
