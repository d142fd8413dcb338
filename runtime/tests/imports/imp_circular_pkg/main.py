"""A cycle between two submodules with `from . import other`: the second
`from . import first` finds pkg.first in sys.modules even though it is not yet
bound as an attribute of pkg, so the cycle works."""
import pkg

print(pkg.first.f())
print(pkg.second.first is pkg.first, pkg.first.second is pkg.second)
print(pkg.second.SAW_FIRST_BOUND_ON_PKG)
