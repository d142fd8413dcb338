# except with tuples, dynamic exception specs, and unbinding of the name after except

errors = (ValueError, ZeroDivisionError)


def risky(n):
    if n == 0:
        return 1 / n
    if n == 1:
        return int("one")
    if n == 2:
        return [][0]
    if n == 3:
        return {}["three"]
    return n


for n in range(5):
    try:
        print(n, "ok", risky(n))
    except errors as e:
        print(n, "tuple-var caught", type(e).__name__)
    except (IndexError, KeyError) as e:
        print(n, "inline tuple caught", type(e).__name__)

# nested tuples are NOT allowed in except clauses: checking them raises TypeError
nested = (TypeError, (KeyError, (IndexError,)))
try:
    try:
        [1][5]
    except nested as e:
        print("nested tuple caught", type(e).__name__)
except TypeError as e:
    print("nested tuple:", e, "| context:", type(e.__context__).__name__)

# a tuple built at runtime works fine
flat = tuple([TypeError, KeyError]) + (IndexError,)
try:
    [1][5]
except flat as e:
    print("flat tuple caught", type(e).__name__)

# the exception variable is deleted at the end of the except block
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("after except:", err)


# same in a function: becomes unbound local
def f():
    try:
        raise KeyError(1)
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return "unbound: " + str(err)


print(f())


# keeping a reference by assigning to another name
def keep():
    try:
        raise IndexError("kept")
    except IndexError as exc:
        saved = exc
    return saved


k = keep()
print(type(k).__name__, k)

# exception class chosen at runtime
for cls in [ValueError, TypeError, OSError]:
    try:
        raise cls("dyn")
    except cls as caught:
        print("dynamic", type(caught).__name__)

# except clause expression evaluated only if reached
calls = []


def spec(name, cls):
    calls.append(name)
    return cls


try:
    raise KeyError("k")
except spec("first", ValueError):
    pass
except spec("second", KeyError):
    print("second matched")
except spec("third", Exception):
    pass
print(calls)

# empty tuple catches nothing
try:
    try:
        raise ValueError("nothing catches")
    except ():
        print("not reached")
except ValueError as e:
    print("empty tuple passed it on:", e)

# catching with a non-exception class raises TypeError when checked
try:
    try:
        raise ValueError("v")
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)

# bare except catches everything, including BaseException subclasses
for exc in [ValueError("a"), KeyboardInterrupt(), SystemExit(2), GeneratorExit()]:
    try:
        raise exc
    except:  # noqa
        print("bare except caught", type(exc).__name__)
