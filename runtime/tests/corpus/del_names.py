# del of names, then NameError
a = 1
b = [1, 2]
c = "c"
print(a, b, c)
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)

del b, c
for name in ["b", "c"]:
    print(name, name in globals())

# del then rebind
a = "rebound"
print(a)

# del of an undefined name
try:
    del never_defined
except NameError as e:
    print("NameError:", e)


def local_del():
    x = 10
    y = x
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "local: %s | y=%d" % (e, y)


print(local_del())


# del of a nonlocal / global from within a function
counter = 5


def del_global():
    global counter
    del counter


del_global()
print("counter" in globals())


def outer():
    v = 1

    def inner():
        nonlocal v
        del v

    inner()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(outer())

# del of a tuple/list of targets
p, q, r = 1, 2, 3
del (p, q), [r]
print([n for n in ("p", "q", "r") if n in globals()])

# del in a loop over names
for i in range(3):
    tmp = i * 2
    del tmp
print("tmp" in globals(), i)

# deleting a name does not destroy the object still referenced elsewhere
shared = [1, 2, 3]
alias = shared
del shared
print(alias)


# del inside a comprehension-built dict and re-creation of names in loops
names = {}
for k in "xyz":
    names[k] = ord(k)
del names["y"]
print(names)
del names
print("names" in globals())
