# StopIteration, iterator protocol and generators with exceptions


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)))
it = Countdown(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args)
print(next(it, "default"))

# StopIteration inside a generator becomes RuntimeError (PEP 479)
def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    print(list(bad_gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# generator return value is carried by StopIteration.value
def returns():
    yield "a"
    return "result"


g = returns()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)


# exceptions thrown into generators
def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("generator handled", e)
        except GeneratorExit:
            print("generator exiting")
            return


g = catcher()
next(g)
g.send(1)
g.throw(ValueError("thrown"))
g.send(2)
g.close()
print("closed ok")


# throw an exception that the generator does not handle
def simple():
    yield 1
    yield 2


g = simple()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(g, "exhausted"))


# yield inside finally when closing -> RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# exception escaping a generator: generator is finished afterwards
def fails():
    yield 1
    raise ValueError("gen failed")


g = fails()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(e)
print(next(g, "done"))


# yield from propagates exceptions and return values
def sub():
    try:
        yield "s1"
        yield "s2"
    except TypeError as e:
        yield "sub caught " + str(e)
    return "sub-return"


def outer():
    r = yield from sub()
    yield "outer got " + r


g = outer()
print(next(g))
print(g.throw(TypeError("tt")))
print(next(g))
print(next(g, "end"))

# next() on a non-iterator
try:
    next([1, 2])
except TypeError as e:
    print(e)

# generator already executing
def selfref():
    yield next(me)


me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
