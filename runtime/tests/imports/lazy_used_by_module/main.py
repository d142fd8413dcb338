# expected: by hand
"""A module that uses its own lazy import at module level loads it while it runs.

ud_user.py lazily imports ud_dep and reads ud_dep.NAME at its own module
level, so importing ud_user loads ud_dep too. ud_user also lazily imports
ud_later but uses it only inside a function, so that one waits for the call.
"""
import sys

# test_lazy_import: test_basic_used (use inside the importing module loads it)
import ud_user
print("ud_dep" in sys.modules)
# PEP 810 §Semantics: a lazy import used only in a function waits for the call
print("ud_later" in sys.modules)
print(ud_user.use_later())
print("ud_later" in sys.modules)
