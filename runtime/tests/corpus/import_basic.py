# plain `import module` and module attributes
print("before import")
import _imp_a

print("after import")
print(_imp_a.__name__)
print(type(_imp_a).__name__)
print(_imp_a.CONST, _imp_a.f(5), _imp_a.g(1), _imp_a.g(1, y=10))
print(_imp_a.call_count())
print(_imp_a._private, _imp_a.not_exported)
gr = _imp_a.Greeter("ann")
print(gr.greet(), type(gr).__name__, type(gr).__module__)
print(_imp_a.f.__module__, _imp_a.f.__name__)
public = sorted(n for n in dir(_imp_a) if not n.startswith("_"))
print(public)
print(_imp_a.__all__)

# module attributes can be modified from outside
_imp_a.CONST = 100
print(_imp_a.g(0))
_imp_a.new_attr = "added"
print(_imp_a.new_attr)
del _imp_a.new_attr
print(hasattr(_imp_a, "new_attr"))

# module __dict__ is the module's globals
print(_imp_a.__dict__["CONST"], "f" in vars(_imp_a))

try:
    _imp_a.missing_function()
except AttributeError as e:
    print("AttributeError:", e)

# import inside a function binds a local name
def local_import():
    import _imp_a as inner
    return inner.CONST


print(local_import())
print("_imp_a" in dir())
