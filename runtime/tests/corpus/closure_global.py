# The global statement and name resolution; ends with an uncaught UnboundLocalError.

total = 0

def add_global(n):
    global total
    total += n
    return total

print(add_global(5), add_global(7), total)

def read_global():
    return total * 2
print(read_global())

def shadow_local():
    total = -1
    return total
print(shadow_local(), total)

# global declared for a name that doesn't exist yet creates it
def create():
    global brand_new
    brand_new = "created"
create()
print(brand_new)

# global inside a nested function refers to module scope, not enclosing scope
value = "module"
def outer():
    value = "outer"
    def inner():
        global value
        value = "set by inner"
    inner()
    return value
print(outer(), value)

# globals() dict reflects module names
counter = 0
def bump():
    globals()["counter"] += 1
bump(); bump()
print(counter)
print("bump" in globals(), "nonexistent" in globals())

# Deleting a global
temp = 1
def remove():
    global temp
    del temp
remove()
print("temp" in globals())
try:
    print(temp)
except NameError as e:
    print("NameError:", e)

# Builtins can be shadowed by globals and restored with del
def use_len():
    return len([1, 2, 3])
len = lambda x: "shadowed"
print(use_len())
del len
print(use_len())

# Local variable referenced before assignment
def broken():
    print(total)
    total = 3

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Conditional assignment still makes the name local
def conditional(flag):
    if flag:
        thing = "local"
    return thing

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# For-loop with zero iterations leaves variable unbound
def loop_var():
    for item in []:
        pass
    return item
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Exception variable is deleted after the except block
def exc_var():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    exc_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

print("final, uncaught:")
def final():
    total += 1
final()
