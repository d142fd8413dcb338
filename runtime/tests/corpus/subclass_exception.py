# Subclassing Exception; ends with an uncaught custom exception.

class AppError(Exception):
    """Base for application errors."""

class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key

class ValidationError(AppError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = list(problems)
        super().__init__(field, len(self.problems))
    def __str__(self):
        return f"{self.field}: " + "; ".join(self.problems)

e = NotFound("user", 42)
print(str(e), repr(e), e.args, e.kind, e.key)
v = ValidationError("email", ["too short", "missing @"])
print(str(v), repr(v), v.args)

for exc in [NotFound("file", "a.txt"), ValidationError("age", ["negative"]), AppError("generic"), KeyError("k")]:
    try:
        raise exc
    except NotFound as err:
        print("NotFound handler:", err)
    except AppError as err:
        print("AppError handler:", type(err).__name__, err)
    except Exception as err:
        print("Exception handler:", type(err).__name__, err)

print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in ValidationError.__mro__])

# Exceptions with no args / multiple args
class Empty(Exception):
    pass
print(repr(str(Empty())), repr(Empty()), str(Empty(1, 2)), repr(Empty("x")))

# Subclass of builtin exception types
class MyKeyError(KeyError):
    pass
class MyValueError(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value: {value}")
        self.value = value
try:
    raise MyKeyError("missing")
except KeyError as e:
    print("caught as KeyError:", repr(e), str(e))
try:
    int("x")
except MyValueError:
    print("not this")
except ValueError as e:
    print("plain ValueError:", e)
try:
    raise MyValueError(7)
except ValueError as e:
    print("MyValueError as ValueError:", e, e.value)

# Chaining: raise from
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise NotFound("config", key) from e
try:
    load("db")
except NotFound as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

# Implicit chaining
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("while handling")
except AppError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

# raise ... from None
try:
    try:
        [].pop()
    except IndexError:
        raise AppError("clean") from None
except AppError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

# Exception with extra methods and class attributes
class HttpError(Exception):
    code = 500
    def __init__(self, msg=None):
        super().__init__(msg or self.default_message())
    def default_message(self):
        return f"HTTP {self.code}"
class NotFoundHttp(HttpError):
    code = 404
print(HttpError(), NotFoundHttp(), NotFoundHttp("custom"), NotFoundHttp().code)

# Modifying args
err = AppError("a")
err.args = ("changed", 2)
print(str(err), repr(err))

# Exception instances are ordinary objects
err.extra = [1, 2]
print(err.extra, isinstance(err, BaseException))

# Re-raising preserves type
def reraiser():
    try:
        raise ValidationError("name", ["empty"])
    except AppError:
        raise
try:
    reraiser()
except ValidationError as e:
    print("re-raised:", e)

print("raising an uncaught custom exception")
raise ValidationError("password", ["too short", "no digits"])
