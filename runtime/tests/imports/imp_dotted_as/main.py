"""`import a.b.c as x` binds the leaf module (and nothing else); `import a.b as x`
binds the middle package; `from a.b import c as x` binds the same object."""
import sys

import pkg.sub.leaf as leaf
print(leaf.__name__, leaf.WHERE)
print(sorted(n for n in globals() if not n.startswith("__")))
print(leaf is sys.modules["pkg.sub.leaf"])

import pkg.sub as s
print(s.__name__, s.leaf is leaf)

from pkg.sub import leaf as lf
print(lf is leaf)

from pkg import sub as s2, VERSION as ver
print(s2 is s, ver)

import pkg.sub.leaf as again, pkg as p
print(again is leaf, p.sub is s, p.__name__)
print(sorted(n for n in globals() if not n.startswith("__")))
