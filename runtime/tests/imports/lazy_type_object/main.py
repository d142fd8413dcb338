# expected: by hand
"""types.LazyImportType: its name, construction, repr, attribute access and resolve()."""
import sys
import types

# test_lazy_import: test_lazy_import_type_exposed
print(types.LazyImportType.__name__)
# test_lazy_import: test_lazy_import_type_cant_construct
try:
    types.LazyImportType({}, "to_mod")
except TypeError:
    print("TypeError")

lazy import to_mod
lazy import to_mod as to_alias
lazy from to_mod import NAME


def inspect():
    proxy = globals()["to_mod"]
    # PEP 810 §Reification: the bound object is a lazy_import
    print(type(proxy))
    print(type(proxy) is types.LazyImportType, isinstance(proxy, types.LazyImportType))
    # lazyimportobject.c lazy_import_repr: <lazy_import 'module'> and <lazy_import 'module.name'>
    print(repr(proxy))
    print(repr(globals()["to_alias"]))
    print(repr(globals()["NAME"]))
    # test_lazy_import: test_lazy_import_type_attributes_accessible (resolve is a built-in method)
    print(repr(proxy.resolve).startswith("<built-in method resolve of lazy_import object at"))
    # lazyimportobject.c lazy_import_getattro: attributes are not forwarded to the module
    try:
        proxy.NAME
    except AttributeError as e:
        print(e)
    try:
        globals()["NAME"].upper
    except AttributeError as e:
        print(e)
    print("to_mod" in sys.modules)
    # test_lazy_import: test_lazy_value_resolve (resolve() loads and returns the module)
    module = proxy.resolve()
    print(type(module).__name__, module is sys.modules["to_mod"])
    print(proxy.resolve() is module)
    # lazyimportobject.c lazy_import_resolve: resolve() returns the object; it does not rebind the global
    print(type(globals()["to_mod"]).__name__)
    # resolve() on a from-import proxy returns the attribute
    print(globals()["NAME"].resolve())


inspect()
# PEP 810 §Reification: a name load rebinds the global
print(to_mod.NAME)
print(type(globals()["to_mod"]).__name__)
