"""A module without the attribute raises AttributeError("module 'm' has no
attribute 'x'"), for source modules, packages whose submodule is not imported
yet, native modules, and after `del m.attr`."""
import sys

import plain
import pkg

for obj, name in [(plain, "x"), (pkg, "sub"), (sys, "nope")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)

try:
    plain.missing_function()
except AttributeError as e:
    print(type(e).__name__ + ":", e)

print(plain.VALUE)
del plain.VALUE
try:
    plain.VALUE
except AttributeError as e:
    print(type(e).__name__ + ":", e)

import pkg.sub
print(pkg.sub.__name__)
try:
    pkg.sub.deeper
except AttributeError as e:
    print(type(e).__name__ + ":", e)
