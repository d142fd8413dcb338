# helper module that itself imports _imp_a
print("[_imp_b] start, importing _imp_a")
import _imp_a
from _imp_a import f as a_f

print("[_imp_b] end of imports")


def h(x):
    return a_f(x) + _imp_a.CONST


def which_a():
    return _imp_a
