# UnboundLocalError and scoping of names
x = 10


def reads_then_assigns():
    print(x)
    x = 5  # noqa: F841


try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print("is NameError:", isinstance(e, NameError))


def conditional_assign(flag):
    if flag:
        y = "set"
    return y


print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(e)


def augmented():
    x += 1  # noqa
    return x


try:
    augmented()
except UnboundLocalError as e:
    print("augmented:", e)


def deleted_local():
    z = 1
    del z
    return z


try:
    deleted_local()
except UnboundLocalError as e:
    print("deleted:", e)


def loop_var_never_bound():
    for i in []:
        pass
    return i


try:
    loop_var_never_bound()
except UnboundLocalError as e:
    print("loop var:", e)


def with_global():
    global x
    x = x + 1
    return x


print("with global:", with_global(), x)


def closure_unbound():
    def inner():
        return v

    try:
        inner()
    except NameError as e:
        print("free var:", type(e).__name__, e)
    v = 3
    return inner()


print(closure_unbound())


def nonlocal_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    inc()
    inc()
    return inc()


print("nonlocal:", nonlocal_counter())


# class body scoping: class bodies can see globals even if assigned later in the body
class C:
    print("class sees global x =", x)
    x = "class x"
    print("then local x =", x)


print(C.x, x)


# except-variable deleted makes later read an UnboundLocalError
def exc_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err


try:
    exc_var()
except UnboundLocalError as e:
    print("except var:", e)

# the comprehension variable does not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print("comprehension:", e)
