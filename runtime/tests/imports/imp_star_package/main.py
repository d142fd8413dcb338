"""`from pkg import *` on a package: submodules listed in __all__ are imported
and bound; without __all__ only names already in the package's namespace (such
as submodules imported earlier) are bound."""
import sys

before = set(globals())
from pkg import *
print(sorted(set(globals()) - before - {"before"}))
print(listed.__name__, VALUE)
print("pkg.unlisted" in sys.modules)

import plainpkg.loaded
before = set(globals())
from plainpkg import *
print(sorted(set(globals()) - before - {"before"}))
print(loaded.__name__, "plainpkg.notloaded" in sys.modules)
