# exceptions interacting with `with` statements


class Tracker:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log if log is not None else []

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("exit %s clean" % self.name)
        else:
            self.log.append("exit %s with %s(%s)" % (self.name, exc_type.__name__, exc))
        return self.suppress


log = []
with Tracker("a", log=log) as t:
    log.append("body uses " + t.name)
print(log)

log = []
try:
    with Tracker("b", log=log):
        log.append("raising")
        raise ValueError("in body")
    log.append("unreachable")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

log = []
with Tracker("c", suppress=True, log=log):
    raise KeyError("suppressed")
log.append("continued after suppression")
print(log)

# nested managers exit in reverse order; inner suppression hides it from outer
log = []
with Tracker("outer", log=log), Tracker("inner", suppress=True, log=log):
    raise RuntimeError("x")
print(log)

log = []
try:
    with Tracker("o", log=log):
        with Tracker("i", log=log):
            raise TypeError("propagates")
except TypeError:
    log.append("top")
print(log)


# __exit__ raising replaces the exception (with context)
class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("exit failed")


try:
    with BadExit():
        raise ValueError("original")
except OSError as e:
    print("OSError:", e, "context:", repr(e.__context__))


# __enter__ raising: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise ConnectionError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        print("never body")
except ConnectionError as e:
    print("enter error:", e)


# return inside with runs __exit__
def early():
    log = []
    with Tracker("r", log=log):
        return log


print(early())


# break/continue inside with
log = []
for i in range(3):
    with Tracker("loop%d" % i, log=log):
        if i == 0:
            continue
        if i == 2:
            break
        log.append("body%d" % i)
print(log)


# truthiness of __exit__ return value decides suppression
class Truthy:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return None

    def __exit__(self, *a):
        return self.v


for v in [0, 1, "", "yes", None, [], [0]]:
    try:
        with Truthy(v) as nothing:
            raise ValueError
        print(repr(v), "suppressed", nothing)
    except ValueError:
        print(repr(v), "propagated")


# with statement missing protocol methods
class NoEnter:
    pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

# exception info passed to __exit__ is the very object raised
class Capture:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.got = v
        return True


c = Capture()
err = IndexError("exact")
with c:
    raise err
print(c.got is err, tb_is_none := (c.got.__traceback__ is None))
