"""ImportError and ModuleNotFoundError raised by the import statement carry
CPython's messages and set `name` (the module concerned) and `path` (the
file of the module a name could not be imported from, else None)."""
import os
import sys


def strip(text):
    return text.replace(os.getcwd() + "/", "")


def attempt(label, fn):
    try:
        fn()
    except ImportError as e:
        path = os.path.basename(e.path) if e.path is not None else None
        print(label, "->", type(e).__name__ + ":", strip(str(e)))
        print("   name:", repr(e.name), "| path:", repr(path))


def import_nope():
    import nope


def import_pkg_nope():
    import pkg.nope


def import_nope_sub():
    import nope.sub


def import_mod_x():
    import mod.x


def from_mod_zz():
    from mod import zz


def from_pkg_nope():
    from pkg import nope


def from_pkg_nope_x():
    from pkg.nope import x


def from_sys_nope():
    from sys import nope


attempt("import nope", import_nope)
attempt("import pkg.nope", import_pkg_nope)
attempt("import nope.sub", import_nope_sub)
attempt("import mod.x", import_mod_x)
attempt("from mod import zz", from_mod_zz)
attempt("from pkg import nope", from_pkg_nope)
attempt("from pkg.nope import x", from_pkg_nope_x)
attempt("from sys import nope", from_sys_nope)

print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
print("nope" in sys.modules, "pkg.nope" in sys.modules, "mod" in sys.modules, "pkg" in sys.modules)

e = ImportError("custom message", name="some.mod", path="some/file.py")
print(str(e), e.name, e.path, e.args)
e = ModuleNotFoundError("plain")
print(str(e), e.name, e.path)
