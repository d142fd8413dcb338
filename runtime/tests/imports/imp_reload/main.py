"""importlib.reload: the module's current source runs again in the same
module object (names it no longer defines stay; objects taken from the old
version keep their old behaviour); errors for non-modules and modules that
are not in sys.modules."""
import importlib
import sys

with open("reloaded.py", "w") as f:
    f.write("print('running reloaded v1')\nVERSION = 1\nONLY_V1 = True\ndef f():\n    return 'f v1'\n")
import reloaded

old_f = reloaded.f
print(reloaded.VERSION, reloaded.f())

with open("reloaded.py", "w") as f:
    f.write("print('running reloaded v2')\nVERSION = 2\ndef f():\n    return 'f v2'\n")
same = importlib.reload(reloaded)
print(same is reloaded, reloaded.VERSION, reloaded.f(), old_f())
print("ONLY_V1 kept:", reloaded.ONLY_V1)
import reloaded as again
print(again is reloaded)

for bad in (5, None):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError:", e)

del sys.modules["reloaded"]
try:
    importlib.reload(reloaded)
except ImportError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)

import os
os.remove("reloaded.py")
