# expected: by hand
# argv: -X jit-threshold=1 main.py
"""Lazy-import proxies and compiled loops (tessera's JIT): a proxy stored
into globals while a traced loop runs is reified on its next use there,
never handed out by a cached global load."""
import sys

lazy import jit_first


def total(n):
    t = 0
    for i in range(n):
        if i == 50:
            # PEP 810 §Reification: a proxy placed in globals (here from
            # __lazy_import__, test_dunder_lazy_import) is reified by the next
            # load of that name, which here runs in compiled code.
            globals()["jit_first"] = __lazy_import__("jit_second")
        t += jit_first.VALUE
    return t


# 50 iterations see jit_first (1), 50 see jit_second (1000).
print(total(100))
# The load reified the proxy and replaced the entry.
print(type(globals()["jit_first"]).__name__, jit_first.__name__)
print("jit_second" in sys.modules)
