# global statement semantics
count = 0
items = []


def increment():
    global count
    count += 1
    return count


def append_only(x):
    # mutation does not need `global`
    items.append(x)


def shadow():
    count = 100  # local, does not affect global
    return count


for i in range(3):
    increment()
append_only("a")
append_only("b")
print(count, items, shadow(), count)


def create_new_global():
    global brand_new
    brand_new = "created inside function"


print("brand_new" in globals())
create_new_global()
print(brand_new)


def rebind_list():
    global items
    items = ["replaced"]


rebind_list()
print(items)


# global declared in a nested function refers to module scope, not enclosing
value = "module"


def outer():
    value = "outer-local"

    def inner():
        global value
        value = "set by inner"

    inner()
    return value


print(outer(), value)


# multiple names in one global statement
def multi():
    global g1, g2
    g1, g2 = 1, 2


multi()
print(g1 + g2)


# global in a loop and in a conditional branch that does not run
def conditional(flag):
    global cond_var
    if flag:
        cond_var = "assigned"
    return "done"


conditional(False)
print("cond_var" in globals())
conditional(True)
print(cond_var)

# globals() dict is live
globals()["via_dict"] = 99
print(via_dict)
g = globals()
g["count"] = -1
print(count)


# global used in a class method
class Counter:
    def bump(self):
        global count
        count += 10
        return count


print(Counter().bump(), Counter().bump())

# global at module level is allowed (no-op) if it precedes any use of the name
global module_level_name
module_level_name = 7
print(module_level_name)


# function default arguments capture value at def time, globals read at call time
factor = 2


def scale(x, f=factor):
    return x * f, x * factor


factor = 3
print(scale(5))


# recursion through a global name that gets rebound
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


orig = fact


def fact(n):  # noqa: F811
    return -1


print(orig(5))


# exec-free dynamic: global loop variable
for gi in range(4):
    pass
print(gi)
