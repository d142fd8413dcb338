# generator.throw and generator.close, GeneratorExit.

def worker():
    print("  worker start")
    try:
        while True:
            try:
                x = yield "ready"
                print("  processed", x)
            except ValueError as e:
                print("  handled ValueError:", e)
                yield "recovered"
    except GeneratorExit:
        print("  GeneratorExit caught, cleaning up")
        raise
    finally:
        print("  worker finally")

w = worker()
print(next(w))
print(w.send("job1"))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
w.close()  # closing twice is a no-op
try:
    next(w)
except StopIteration:
    print("StopIteration after close")

# throw an exception the generator doesn't handle: it propagates
def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
print(list(f))   # generator is finished

# throw into a not-yet-started generator raises immediately
def never_started():
    try:
        yield 1
    except Exception:
        print("  never printed")
n = never_started()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(n))

# throw with an exception class instead of instance
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)

c = catch_all()
next(c)
c.throw(IndexError)
c.throw(TypeError("msg", 2))
c.close()

# Yielding in response to GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# Returning from GeneratorExit handler is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  polite exit")
        return "ignored"
p = polite()
next(p)
print(p.close())

# close on unstarted generator doesn't run the body
def untouched():
    print("  body ran?")
    yield 1
u = untouched()
u.close()
print("unstarted closed, list:", list(u))

# throw returns the next yielded value
def counter():
    i = 0
    while True:
        try:
            yield i
            i += 1
        except ZeroDivisionError:
            i = -100
c = counter()
print(next(c), next(c), c.throw(ZeroDivisionError), next(c))

# Exception raised in finally during close replaces GeneratorExit
def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
b = bad_finally()
next(b)
try:
    b.close()
except ValueError as e:
    print("ValueError:", e)

# The traceback context: exception thrown in is visible within generator
def inspect_thrown():
    try:
        yield
    except Exception as e:
        yield f"saw {type(e).__name__}: {e}"
i = inspect_thrown()
next(i)
print(i.throw(OSError("disk")))

# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
