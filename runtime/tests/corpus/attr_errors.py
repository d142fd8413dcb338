# AttributeError messages in many situations; ends with an uncaught AttributeError.

import math

class Foo:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        return self.nothing_here

f = Foo()

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except AttributeError as e:
        print(label, "-> AttributeError:", e)
        print("   args:", e.args, "| name:", e.name, "| obj is target:", e.obj is f)

attempt("instance missing", lambda: f.x)
attempt("class missing", lambda: Foo.x)
attempt("through method", lambda: f.method())
attempt("existing inst", lambda: f.inst)
attempt("existing cls", lambda: f.cls_attr)

def show(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except AttributeError as e:
        print(label, "-> AttributeError:", e)

show("int attr", lambda: (5).foo)
show("str method", lambda: "abc".push)
show("list attr", lambda: [].length)
show("dict attr", lambda: {}.has_key)
show("None attr", lambda: None.value)
show("tuple append", lambda: (1, 2).append(3))
show("function attr", lambda: show.missing)
show("module attr", lambda: math.sqroot)
show("type attr", lambda: int.nope)
show("bool attr", lambda: True.nope)
show("float attr", lambda: (1.5).numerator)

# Setting attributes on objects that don't allow it
def set_int():
    x = 5
    x.attr = 1
show("set on int", set_int)
def set_obj():
    object().attr = 1
show("set on object()", set_obj)
def set_builtin_method():
    "abc".upper.attr = 1
show("set on builtin method", set_builtin_method)

# Deleting missing attributes
def del_missing():
    del f.ghost
show("del missing", del_missing)
def del_class_attr_via_instance():
    del f.cls_attr
show("del class attr via instance", del_class_attr_via_instance)
def del_method():
    del f.method
show("del method via instance", del_method)

# Read-only attributes of builtins
def set_real():
    (3).real = 4
show("set int.real", set_real)
def set_func_code_name():
    show.__globals__ = {}
show("set __globals__", set_func_code_name)

# Custom AttributeError from __getattr__ keeps its message
class Custom:
    def __getattr__(self, name):
        raise AttributeError(f"custom: no {name}")
show("custom __getattr__", lambda: Custom().thing)

# AttributeError subclasses are caught as AttributeError
class MyAttrError(AttributeError):
    pass
def raise_sub():
    raise MyAttrError("subclass message")
show("subclass", raise_sub)

# Constructed AttributeError with name and obj
e = AttributeError("manual", name="field", obj=f)
print(e, e.name, e.obj is f, e.args)

print("final lookup:")
print(f.zzzzzz)
