"""Module attributes: __name__, __file__ (base name only), __package__ and
__doc__ for the main script, a top-level module, a package and a submodule;
a package's __path__ is a list holding its directory."""
import os
import sys

print("main:", __name__, repr(__package__), os.path.basename(__file__))
print("main doc:", __doc__.split("\n")[0])

import plain
print("plain:", plain.__name__, repr(plain.__package__), os.path.basename(plain.__file__))
print("plain doc:", plain.__doc__)
print(hasattr(plain, "__path__"))

import pkg
print("pkg:", pkg.__name__, repr(pkg.__package__), os.path.basename(pkg.__file__))
print("pkg file dir:", os.path.basename(os.path.dirname(pkg.__file__)))
print("pkg doc:", pkg.__doc__)
print(type(pkg.__path__).__name__, len(pkg.__path__), os.path.basename(pkg.__path__[0]))
print(os.path.dirname(pkg.__file__) == pkg.__path__[0])

import pkg.mod
m = pkg.mod
print("pkg.mod:", m.__name__, repr(m.__package__), os.path.basename(m.__file__))
print("pkg.mod doc:", m.__doc__)
print(hasattr(m, "__path__"))
print(os.path.dirname(m.__file__) == pkg.__path__[0])

import pkg.inner
print("pkg.inner:", pkg.inner.__name__, repr(pkg.inner.__package__))
print(os.path.basename(pkg.inner.__path__[0]), os.path.dirname(pkg.inner.__path__[0]) == pkg.__path__[0])
print("seen while running:", pkg.inner.SEEN)
print(type(sys).__name__, type(plain) is type(sys), type(pkg) is type(sys))
