# CPython messages for index / key / name errors


def show(label, thunk):
    try:
        r = thunk()
        print("%-26s -> %r" % (label, r))
    except Exception as e:
        print("%-26s -> %s: %s | repr=%r" % (label, type(e).__name__, e, e))


lst = [1, 2, 3]
tup = (1, 2)
s = "abc"
d = {"a": 1, 2: "two", (1, 2): "pair"}

show("lst[3]", lambda: lst[3])
show("lst[-4]", lambda: lst[-4])
show("lst[-3]", lambda: lst[-3])
show("tup[2]", lambda: tup[2])
show("s[10]", lambda: s[10])
show("''[0]", lambda: ""[0])
show("range(3)[3]", lambda: range(3)[3])
show("b'ab'[2]", lambda: b"ab"[2])
show("bytearray(2)[5]", lambda: bytearray(2)[5])
show("lst[1:10]", lambda: lst[1:10])
show("[].pop()", lambda: [].pop())
show("[1].pop(5)", lambda: [1].pop(5))
show("d['b']", lambda: d["b"])
show("d[3]", lambda: d[3])
show("d[(1, 3)]", lambda: d[(1, 3)])
show("d[(1, 2)]", lambda: d[(1, 2)])
show("{}.pop('x')", lambda: {}.pop("x"))
show("{}.popitem()", lambda: {}.popitem())
show("set().pop()", lambda: set().pop())
show("{1}.remove(2)", lambda: {1}.remove(2))
show("[1,2].remove(3)", lambda: [1, 2].remove(3))
show("[1,2].index(3)", lambda: [1, 2].index(3))
show("'abc'.index('z')", lambda: "abc".index("z"))
show("(1,).index(9)", lambda: (1,).index(9))
show("d['']", lambda: d[""])
show("d[None]", lambda: d[None])
show("d[1.5]", lambda: d[1.5])

lst2 = [0] * 3
try:
    lst2[3] = 1
except IndexError as e:
    print("assignment:", e)
try:
    del lst2[7]
except IndexError as e:
    print("deletion:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("tuple assignment:", e)
try:
    s2 = "abc"
    s2[0] = "x"
except TypeError as e:
    print("str assignment:", e)


# NameError messages
def name_errors():
    try:
        undefined_name_xyz
    except NameError as e:
        print("NameError:", e, e.args)
    try:
        del also_undefined
    except NameError as e:
        print("NameError:", e)


name_errors()

try:
    print(undefined_global_q)
except NameError as e:
    print("NameError global:", e)

# KeyError as LookupError
try:
    {"x": 1}["y"]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, repr(e))

# key errors with odd keys preserve the exact key object
try:
    {}[("t", 1, None)]
except KeyError as e:
    print(e.args[0], str(e))

try:
    {}[frozenset()]
except KeyError as e:
    print(str(e))
