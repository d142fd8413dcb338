# Decorators that return classes (callable objects) instead of functions.

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
    def __repr__(self):
        return f"<CountCalls {self.__name__} calls={self.calls}>"

@CountCalls
def square(x):
    return x * x

print(square(3), square(4))
print(square, square.calls, type(square).__name__)

# Decorator class with arguments
class Limit:
    def __init__(self, max_calls):
        self.max_calls = max_calls
    def __call__(self, fn):
        limit = self
        class Limited:
            def __init__(self):
                self.used = 0
            def __call__(self, *a):
                if self.used >= limit.max_calls:
                    raise RuntimeError(f"{fn.__name__} called more than {limit.max_calls} times")
                self.used += 1
                return fn(*a)
            def __repr__(self):
                return f"Limited({fn.__name__}, {self.used}/{limit.max_calls})"
        return Limited()

@Limit(2)
def hello(n):
    return "hello " + str(n)

print(hello(1))
print(hello(2))
try:
    hello(3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(hello)

# Decorator-as-class applied to methods: needs __get__ to bind self
class BoundAware:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*a):
            return self.fn(obj, *a)
        return bound
    def __call__(self, *a):
        return "unbound call: " + str(self.fn(*a))

class Host:
    def __init__(self, name):
        self.name = name
    @BoundAware
    def show(self, suffix):
        return self.name + suffix

h = Host("host")
print(h.show("!"))
print(type(Host.__dict__["show"]).__name__)
print(Host.show(h, "?"))

# Without __get__, the instance is NOT passed automatically
class NoGet:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return self.fn(*a)

class Host2:
    @NoGet
    def show(self):
        return "shown"

try:
    Host2().show()
except TypeError as e:
    print("TypeError:", e)
print(Host2.show(None))

# Decorator that turns a function into a class
def as_class(fn):
    class Generated:
        def __init__(self, *a):
            self.args = a
        def compute(self):
            return fn(*self.args)
        def __repr__(self):
            return f"{fn.__name__}{self.args}"
    Generated.__name__ = fn.__name__.title().replace("_", "")
    return Generated

@as_class
def area_of_rect(w, h):
    return w * h

r = area_of_rect(3, 4)
print(r, r.compute(), area_of_rect.__name__, isinstance(r, area_of_rect))

# Decorator returning a subclass of the decorated class
def with_greeting(cls):
    class Greeting(cls):
        def greet(self):
            return "Hi from " + super().describe()
    Greeting.__name__ = cls.__name__ + "WithGreeting"
    return Greeting

@with_greeting
class Person:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name

p = Person("Ann")
print(p.greet(), type(p).__name__, [c.__name__ for c in type(p).__mro__])
