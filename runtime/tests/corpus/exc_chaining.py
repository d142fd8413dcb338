# exception chaining: __cause__, __context__, __suppress_context__


def describe(e):
    c = e.__cause__
    x = e.__context__
    return "%s(%r) cause=%s context=%s suppress=%s" % (
        type(e).__name__, str(e),
        None if c is None else "%s(%r)" % (type(c).__name__, str(c)),
        None if x is None else "%s(%r)" % (type(x).__name__, str(x)),
        e.__suppress_context__)


# plain exception: no chaining
try:
    raise ValueError("plain")
except ValueError as e:
    print(describe(e))

# implicit chaining: raising inside except sets __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(describe(e))

# explicit: raise X from Y sets __cause__ and __suppress_context__
try:
    try:
        [][1]
    except IndexError as ie:
        raise RuntimeError("converted") from ie
except RuntimeError as e:
    print(describe(e))
    print("cause is context:", e.__cause__ is e.__context__)

# raise from None: cause None, suppress True, context still kept
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(describe(e))

# raise from outside any handler: only cause
try:
    raise TypeError("t") from OSError("os")
except TypeError as e:
    print(describe(e))

# from an exception class (instantiated automatically)
try:
    raise TypeError("t2") from ValueError
except TypeError as e:
    print(describe(e), type(e.__cause__).__name__, e.__cause__.args)

# chain of three via implicit context
try:
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise KeyError("c")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# manually setting __cause__
e = ValueError("manual")
e.__cause__ = KeyError("m")
print(describe(e))
e.__suppress_context__ = False
print(e.__suppress_context__)

# raise from with invalid cause
try:
    raise ValueError("x") from 42
except TypeError as err:
    print("TypeError:", err)

# context set in finally
try:
    try:
        raise ValueError("in try")
    finally:
        try:
            raise IndexError("in finally")
        except IndexError as inner:
            print("inner ctx:", describe(inner))
except ValueError as e:
    print("outer:", describe(e))

# re-raising the same exception does not create a self-loop
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context:", e.__context__)

# with_traceback returns self
e1 = ValueError("wt")
print(e1.with_traceback(None) is e1)

# exception raised in a handler of a function called from a handler
def helper():
    raise LookupError("from helper")

try:
    try:
        raise ArithmeticError("arith")
    except ArithmeticError:
        helper()
except LookupError as e:
    print(describe(e))
