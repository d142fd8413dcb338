# unpacking error messages
def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", result)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
def two(seq):
    a, b = seq
    return a, b
def three(seq):
    a, b, c = seq
    return a, b, c
def star(seq):
    a, b, *c, d = seq
    return a, b, c, d
def nested(seq):
    (a, b), c = seq
    return a, b, c
attempt("two([1,2,3])", lambda: two([1, 2, 3]))
attempt("two([1])", lambda: two([1]))
attempt("two([])", lambda: two([]))
attempt("two('ab')", lambda: two("ab"))
attempt("two('abc')", lambda: two("abc"))
attempt("two(5)", lambda: two(5))
attempt("two(None)", lambda: two(None))
attempt("three((1, 2))", lambda: three((1, 2)))
attempt("three(range(10))", lambda: three(range(10)))
attempt("three(iter([1,2,3,4]))", lambda: three(iter([1, 2, 3, 4])))
attempt("three(gen)", lambda: three(x for x in range(5)))
attempt("three({'a':1})", lambda: three({"a": 1}))
attempt("star([1,2])", lambda: star([1, 2]))
attempt("star([1,2,3])", lambda: star([1, 2, 3]))
attempt("star(range(6))", lambda: star(range(6)))
attempt("star(2.5)", lambda: star(2.5))
attempt("nested(((1,2),3))", lambda: nested(((1, 2), 3)))
attempt("nested(((1,),3))", lambda: nested(((1,), 3)))
attempt("nested((1,3))", lambda: nested((1, 3)))
attempt("nested(('xy',3))", lambda: nested(("xy", 3)))
def forloop():
    out = []
    for a, b in [(1, 2), (3, 4, 5)]:
        out.append(a + b)
    return out
attempt("forloop", forloop)
def fcall():
    def f(a, b):
        return a + b
    return f(*[1, 2, 3])
attempt("f(*[1,2,3])", fcall)
def fcall2():
    def f(a, b):
        return a + b
    return f(*5)
attempt("f(*5)", fcall2)
def fcall3():
    def f(a, b):
        return a + b
    return f(1, **{"a": 2, "b": 3})
attempt("f(1, **{a,b})", fcall3)
def fcall4():
    return dict(**{"a": 1}, **{"a": 2})
attempt("dict(**a, **a)", fcall4)
def literal():
    return [*None]
attempt("[*None]", literal)
def literal2():
    return {**[1, 2]}
attempt("{**list}", literal2)
class Weird:
    def __iter__(self):
        return iter([1, 2, 3])
def custom():
    a, b, c = Weird()
    return a + b + c
attempt("custom iterable", custom)
def custom2():
    a, b = Weird()
    return a, b
attempt("custom iterable too many", custom2)
