# modules are executed only once and state is shared between importers
import sys
import _imp_state

print("loads:", _imp_state.loads)
_imp_state.register("first")
import _imp_state as again

print(again is _imp_state, again.loads)
again.register("second")
print(_imp_state.registry, _imp_state.counter)

from _imp_state import registry, counter, register

register("third")
print(registry, counter)

# reset rebinds registry inside the module; our from-imported name keeps the old list
_imp_state.reset()
print(registry, _imp_state.registry, counter)
register("fourth")
print(registry, _imp_state.registry)

# importing inside functions reuses the cached module
def get_module():
    import _imp_state
    return _imp_state


print(get_module() is _imp_state, get_module().registry)

# module executed once even when imported by several other modules
import _imp_a
import _imp_b
import _imp_a

print(sorted(k for k in sys.modules if k.startswith("_imp_")))

# removing from sys.modules forces re-execution on next import
del sys.modules["_imp_state"]
import _imp_state as fresh

print(fresh is _imp_state, fresh.registry, fresh.loads)
