# nested try statements and re-raising with bare raise


def inner(kind):
    try:
        if kind == "v":
            raise ValueError("inner value")
        if kind == "t":
            raise TypeError("inner type")
        return "ok"
    except ValueError:
        print("  inner saw ValueError, re-raising")
        raise


def middle(kind):
    try:
        return inner(kind)
    except TypeError as e:
        print("  middle handled", repr(e))
        return "handled-in-middle"
    finally:
        print("  middle finally")


for k in ["ok", "v", "t"]:
    try:
        print(k, "=>", middle(k))
    except ValueError as e:
        print(k, "=> outer caught", repr(e))


# bare raise re-raises the exception currently being handled, even after nested handling
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("nested")
        except IndexError:
            pass
        raise  # re-raises KeyError('outer')


try:
    reraise_after_nested()
except Exception as e:
    print("re-raised:", type(e).__name__, e)


# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


# re-raise preserves identity of the exception object
saved = None
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        saved = e
        raise
except ValueError as e2:
    print("identical object:", e2 is saved)


# raise e (explicit) inside handler
def explicit():
    try:
        int("zz")
    except ValueError as e:
        raise e


try:
    explicit()
except ValueError as e:
    print("explicit re-raise:", e)


# deep nesting with different handlers at each level
def deep(n):
    try:
        try:
            try:
                if n == 1:
                    raise ZeroDivisionError("lvl1")
                if n == 2:
                    raise KeyError("lvl2")
                if n == 3:
                    raise OSError("lvl3")
                return "clean"
            except ZeroDivisionError as e:
                return "L1 " + str(e)
        except LookupError as e:
            return "L2 " + repr(e)
    except OSError as e:
        return "L3 " + str(e)


for n in range(4):
    print(n, deep(n))


# exception state inside/after handlers via sys.exc_info
import sys

print(sys.exc_info())
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise TypeError("inner-info")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print("back to:", sys.exc_info()[0].__name__)
print(sys.exc_info())


# re-raise inside a loop, caught by the outer loop
results = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            results.append(("even", i))
        except ValueError:
            if i == 3:
                raise
            results.append(("odd-handled", i))
    except ValueError as e:
        results.append(("outer", e.args[0]))
print(results)
