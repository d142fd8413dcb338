# Decorators applied to methods; ends with an uncaught error from a validating decorator.

def log_calls(method):
    def wrapper(self, *args, **kwargs):
        print(f"  {type(self).__name__}.{method.__name__}{args}")
        return method(self, *args, **kwargs)
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    return wrapper

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @log_calls
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @log_calls
    def withdraw(self, amount):
        if amount > self.balance:
            return "insufficient"
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ann", 10)
print(acct.deposit(5))
print(acct.withdraw(100))
print(acct.withdraw(3))
print(acct, Account.deposit.__name__, Account.deposit.__qualname__)

# The wrapper is a plain function in the class, so it binds like a method
print(type(Account.__dict__["deposit"]).__name__, type(acct.deposit).__name__)

# Decorator that checks a precondition on the instance
def requires_open(method):
    def wrapper(self, *a):
        if not self.is_open:
            raise RuntimeError(f"{method.__name__} on closed {type(self).__name__}")
        return method(self, *a)
    wrapper.__name__ = method.__name__
    return wrapper

class Conn:
    def __init__(self):
        self.is_open = True
        self.sent = []
    @requires_open
    def send(self, msg):
        self.sent.append(msg)
        return len(self.sent)
    def close(self):
        self.is_open = False

c = Conn()
print(c.send("hello"), c.send("world"))
c.close()
try:
    c.send("late")
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.sent)

# Caching per instance
def cached_method(method):
    attr = "_cache_" + method.__name__
    def wrapper(self, *args):
        cache = self.__dict__.setdefault(attr, {})
        if args not in cache:
            cache[args] = method(self, *args)
        return cache[args]
    return wrapper

class Solver:
    def __init__(self, name):
        self.name = name
        self.computed = 0
    @cached_method
    def solve(self, n):
        self.computed += 1
        return n * n
s1, s2 = Solver("a"), Solver("b")
print(s1.solve(3), s1.solve(3), s1.solve(4), s2.solve(3), s1.computed, s2.computed)
print(sorted(vars(s1)))

# Decorating classmethod and staticmethod results (order matters)
def annotate(fn):
    fn.annotated = True
    return fn

class Tools:
    @classmethod
    @annotate
    def make(cls):
        return cls.__name__
    @staticmethod
    @annotate
    def helper(x):
        return x + 1
print(Tools.make(), Tools.helper(1), Tools.make.__func__.annotated, Tools.__dict__["helper"].__func__.annotated)

# A decorator that turns a method into a read-only computed attribute
def computed(fn):
    return property(fn)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @computed
    def area(self):
        return self.w * self.h
print(Rect(3, 4).area)

# Type-checking decorator on a method
def typed(*types):
    def deco(method):
        def wrapper(self, *args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{method.__name__}() expected {t.__name__}, got {type(a).__name__}")
            return method(self, *args)
        return wrapper
    return deco

class Inventory:
    def __init__(self):
        self.items = {}
    @typed(str, int)
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

inv = Inventory()
print(inv.add("bolt", 3), inv.add("bolt", 2), inv.items)
print("adding with a bad quantity:")
inv.add("nut", "many")
