"""Relative imports inside a package: `from . import x`, `from .m import f`,
`from .. import y`, `from ..m import f` and `from .sub.deep import z`."""
import pkg
print(pkg.sibling.NAME, pkg.helper())
print(sorted(n for n in dir(pkg) if not n.startswith("__")))

import pkg.sub
print(pkg.sub.parent_sibling is pkg.sibling)
print(pkg.sub.helper is pkg.helper, pkg.sub.helper())
print(pkg.sub.deep.DEEP, pkg.sub.DEEP, pkg.sub.SIB)
print(pkg.sub.deep_from_parent is pkg.sub.deep)
print(sorted(n for n in dir(pkg.sub) if not n.startswith("__")))

from pkg.sub.deep import DEEP, SIB, describe
print(DEEP, SIB, describe())
