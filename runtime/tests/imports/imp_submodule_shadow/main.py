"""A package attribute and a submodule with the same name: `from pkg import
sub` takes an existing attribute without importing the submodule; `import
pkg.sub` then loads the submodule and rebinds pkg.sub to it. When __init__
rebinds the name after importing the submodule, the attribute wins for
`from pkg import late` and `import pkg.late as x`, but sys.modules holds the
module."""
import sys

from pkg import sub
print(repr(sub), "pkg.sub" in sys.modules)

import pkg.sub
print(type(pkg.sub).__name__, pkg.sub.__name__, pkg.sub is sys.modules["pkg.sub"])
from pkg import sub
print(type(sub).__name__)

print(repr(pkg.late), type(sys.modules["pkg.late"]).__name__)
from pkg import late
print(repr(late))
import pkg.late as late_alias
print(repr(late_alias))
import pkg.late
print(repr(pkg.late))
