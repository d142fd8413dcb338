"""Unpacking into no targets (`[] = x`, `() = ()`) on a trace: the
_UNPACK_SEQUENCE stencil's copy loop once ran its first pass before testing
the count (the oparg hole, an extern symbol's address, is never zero to the
compiler), so an empty unpack read a word before the sequence's items,
counted it as a value and stored it on the stack: a crash."""


def f(n):
    t = 0
    e = []
    for i in range(n):
        [] = e
        () = ()
        t += i
    return t
print(f(5000))
try:
    for i in range(3000):
        [] = [i] if i > 2500 else []
except ValueError as exc:
    print(i, exc)
