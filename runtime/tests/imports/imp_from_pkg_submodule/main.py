"""`from pkg import sub` imports the submodule when pkg has no such attribute;
`import pkg` alone imports no submodules; names and submodules can be mixed
in one from-import."""
import sys

import pkg
print(hasattr(pkg, "alpha"), "pkg.alpha" in sys.modules)

from pkg import alpha
print(alpha.__name__, alpha is pkg.alpha, alpha is sys.modules["pkg.alpha"])

from pkg import beta, INIT_NAME, gamma
print(beta.__name__, INIT_NAME, gamma.__name__)

from pkg import alpha as again
print(again is alpha)

from pkg.alpha import THING
print(THING)

from pkg.inner import leaf
print(leaf.__name__, pkg.inner.leaf is leaf)
print(sorted(n for n in dir(pkg) if not n.startswith("__")))
