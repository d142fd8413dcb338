# custom exception hierarchies


class AppError(Exception):
    """Base for the application."""

    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code

    def describe(self):
        return "[%s/%d] %s" % (type(self).__name__, self.code, self.args[0])


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__("missing key %r" % key, code=10)
        self.key = key


class BadValue(ConfigError, ValueError):
    pass


class NetworkError(AppError):
    pass


class Timeout(NetworkError):
    def __init__(self, seconds):
        super().__init__("timed out after %ss" % seconds, code=20)
        self.seconds = seconds


class Retryable(Exception):
    pass


class FlakyTimeout(Timeout, Retryable):
    pass


for cls in [AppError, ConfigError, MissingKey, BadValue, NetworkError, Timeout, FlakyTimeout]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])


def action(i):
    if i == 0:
        raise MissingKey("port")
    if i == 1:
        raise BadValue("port must be int", code=11)
    if i == 2:
        raise Timeout(3)
    if i == 3:
        raise FlakyTimeout(1.5)
    if i == 4:
        raise AppError("generic")
    if i == 5:
        raise KeyError("plain key")
    return "ok"


for i in range(7):
    try:
        r = action(i)
        print(i, "result", r)
    except Retryable as e:
        print(i, "retryable:", e.describe(), e.seconds)
    except (MissingKey, BadValue) as e:
        print(i, "config:", e.describe(), isinstance(e, KeyError), isinstance(e, ValueError))
    except NetworkError as e:
        print(i, "network:", e.describe())
    except AppError as e:
        print(i, "app:", e.describe())
    except LookupError as e:
        print(i, "lookup:", repr(e))

# A MissingKey can be caught as a KeyError
try:
    raise MissingKey("host")
except KeyError as e:
    print("as KeyError:", e.key, e.args, str(e))

# custom exception with class attribute and classmethod constructor
class HTTPError(Exception):
    status = 500

    @classmethod
    def from_status(cls, status):
        for sub in cls.__subclasses__():
            if sub.status == status:
                return sub("status %d" % status)
        return cls("unknown status %d" % status)


class NotFound(HTTPError):
    status = 404


class Forbidden(HTTPError):
    status = 403


for st in [404, 403, 418]:
    e = HTTPError.from_status(st)
    print(type(e).__name__, e, e.status)

# BaseException subclasses are not caught by `except Exception`
class Fatal(BaseException):
    pass


try:
    try:
        raise Fatal("stop")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)

# exception class with __init_subclass__ registering subclasses
registry = []


class Registered(Exception):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry.append(cls.__name__)


class R1(Registered):
    pass


class R2(R1):
    pass


print(registry)
print(issubclass(R2, Registered), issubclass(Registered, R2))
