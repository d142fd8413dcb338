# globals(), locals(), vars() without args, dynamic names, exec-free namespace checks
GLOBAL_CONST = 10
def show_locals(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(show_locals(1))
print(show_locals(5, b=7))
g = globals()
print("GLOBAL_CONST" in g, g["GLOBAL_CONST"], g["__name__"], "show_locals" in g, callable(g["show_locals"]))
g["dynamic_var"] = "created via globals()"
print(dynamic_var)
def read_global():
    return GLOBAL_CONST + 1
print(read_global())
g["GLOBAL_CONST"] = 100
print(read_global(), GLOBAL_CONST)
def with_global():
    global COUNTER
    COUNTER = COUNTER + 1 if "COUNTER" in globals() else 1
    return COUNTER
print(with_global(), with_global(), with_global(), COUNTER)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    inner()
    return x, sorted(locals())
print(outer())
def no_locals():
    return locals()
print(no_locals())
print(vars() is globals(), locals() is globals())
class Namespace:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Namespace.names, Namespace.b)
user_globals = sorted(k for k in globals() if not k.startswith("__"))
print(user_globals)
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2, 3])
print(shadow(), len([1, 2, 3]))
def uses_builtin():
    return len("four"), "len" in globals(), "len" in dir(__builtins__) if False else "skip"
print(uses_builtin())
def lookup(name):
    return globals().get(name, "<undefined>")
print(lookup("GLOBAL_CONST"), lookup("nothing_here"))
del g["dynamic_var"]
try:
    print(dynamic_var)
except NameError as e:
    print("NameError:", e)
def unbound():
    print(late)
    late = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
