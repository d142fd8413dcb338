# helper module for import_* tests
print("[_imp_a] executing module body, __name__ =", __name__)

__all__ = ["f", "g", "CONST", "Greeter"]

CONST = 42
calls = 0
_private = "hidden"


def f(x):
    global calls
    calls += 1
    return x * 2


def g(x, y=1):
    global calls
    calls += 1
    return x + y + CONST


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello, %s (from %s)" % (self.name, __name__)


def call_count():
    return calls


not_exported = "only via module attribute"
