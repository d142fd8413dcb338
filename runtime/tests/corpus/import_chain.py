# a module that imports another; observe execution order
print("main: importing _imp_b")
import _imp_b

print("main: _imp_b imported")
print(_imp_b.h(4))
import _imp_a

print(_imp_b._imp_a is _imp_a, _imp_b.a_f is _imp_a.f)
print(_imp_a.call_count())

# circular import: X imports Y which imports X (partially initialised)
print("main: importing _imp_cycle_x")
import _imp_cycle_x

print(_imp_cycle_x.from_x())
import _imp_cycle_y

print(_imp_cycle_y._imp_cycle_x is _imp_cycle_x)
print(_imp_cycle_x.X_LATE, _imp_cycle_y.Y_VALUE)
