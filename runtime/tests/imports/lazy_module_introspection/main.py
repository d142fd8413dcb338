# expected: by hand
"""Inspecting a module from outside: what reifies its lazy imports and what does not.

dir(mod), mod.__dict__ and unrelated attributes leave the proxies alone;
mod.name and getattr(mod, "name") reify that name and replace the entry in
the module's dict; names nobody touched stay proxies.
"""
import sys

import holder

# test_lazy_import: test_basic_unused_dir (dir(module) does not reify)
names = dir(holder)
print("hi_a" in names, "VALUE" in names)
print("hi_a" in sys.modules, "hi_c" in sys.modules)
# test_lazy_import: test_modules_dict (module.__dict__ does not reify)
d = holder.__dict__
print(type(d["hi_a"]).__name__, type(d["VALUE"]).__name__)
# test_lazy_import: test_modules_getattr_other (other attributes do not reify)
print(holder.__name__)
print("hi_a" in sys.modules)
# test_lazy_import: test_modules_getattr / test_basic_unused_use_externally (mod.name reifies)
print(type(holder.hi_a).__name__)
# PEP 810 §Lazy import mechanism: the module's dict entry is replaced by the module
print(type(d["hi_a"]).__name__)
# PEP 810 §Reification: getattr(mod, name) is attribute access too
print(type(getattr(holder, "hi_b")).__name__)
# test_lazy_import: test_basic_from_unused_use_externally (a lazy from-import reified from outside)
print(holder.VALUE)
print(type(d["VALUE"]).__name__)
# PEP 810 §Reification: only the accessed names were reified
print(type(d["hi_d"]).__name__, "hi_d" in sys.modules)
