"""sys.path can be changed while running: a module in `lib/` is not found until
`sys.path.append('lib')`; `sys.path.insert(0, 'lib2')` puts lib2 ahead of the
script directory and lib; a module already imported stays cached."""
import os
import sys


def where(m):
    return os.path.basename(os.path.dirname(m.__file__)) + "/" + os.path.basename(m.__file__)


try:
    import libmod
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)

sys.path.append("lib")
import libmod
print(libmod.WHERE, where(libmod))

import shadow           # in the script directory and in lib2
print(shadow.WHERE)

sys.path.insert(0, "lib2")
import shared           # in lib and lib2: lib2 is now first
print(shared.WHERE, where(shared))

import shadow           # already imported: no new search
print(shadow.WHERE)

import fresh            # in the script directory and in lib2: lib2 is now first
print(fresh.WHERE)

import lib2pkg.inner    # a package found through an inserted entry
print(lib2pkg.inner.WHERE)

sys.path.remove("lib")
try:
    import libonly_second
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)
