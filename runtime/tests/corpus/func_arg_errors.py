# TypeError messages produced by bad calls.

def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a, b, c

def h(*, only):
    return only

def noargs():
    return 0

class K:
    def m(self, x):
        return x
    @staticmethod
    def s(x, y):
        return x
    @classmethod
    def c(cls, x):
        return x

def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print(label, "ok:", result)
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("1", f, 1)
attempt("2", f)
attempt("3", f, 1, 2, 3)
attempt("4", f, 1, 2, z=3)
attempt("5", f, 1, a=2)
attempt("6", f, b=1)
attempt("7", g, 1)
attempt("8", g)
attempt("9", g, 1, 2, 3)
attempt("10", g, 1, 2, 3, c=4)
attempt("11", h, 1)
attempt("12", h)
attempt("13", h, only=1, other=2)
attempt("14", noargs, 1)
attempt("15", noargs, x=1)
attempt("16", noargs, 1, 2)
k = K()
attempt("17", k.m)
attempt("18", k.m, 1, 2)
attempt("19", K.m, 1)
attempt("20", K.s, 1)
attempt("21", k.c)
attempt("22", k.c, 1, 2)
attempt("23", f, 1, 2)
attempt("24", g, 1, c=2)

def three(a, b, c):
    return a
attempt("25", three)
attempt("26", three, 1)
attempt("27", three, c=1)

def kw3(*, a, b, c):
    return a
attempt("28", kw3)
attempt("29", kw3, b=1)

def defaults_range(a, b=1, c=2):
    return a
attempt("30", defaults_range, 1, 2, 3, 4)
attempt("31", defaults_range)

def one(a):
    return a
attempt("32", one, 1, 2)
attempt("33", one, 1, a=1)

# Calling non-callables
five, text, nothing, lst = 5, "str", None, [1, 2]
try:
    five()
except TypeError as e:
    print("34 TypeError:", e)
try:
    text(1)
except TypeError as e:
    print("35 TypeError:", e)
try:
    nothing()
except TypeError as e:
    print("36 TypeError:", e)
try:
    lst()
except TypeError as e:
    print("37 TypeError:", e)

# Lambdas report <lambda>
lam = lambda x, y: x
attempt("38", lam, 1)
attempt("39", lam, 1, 2, 3)

# Nested function qualnames appear in messages
def outer():
    def inner(q):
        return q
    return inner
attempt("40", outer())
attempt("41", outer(), 1, r=2)
