"""A module's source changed on disk is recompiled when the module is imported
again (after removing it from sys.modules): once with different content of the
same size and a different mtime, once with content of another size. The
program writes the module itself (stale_mod.py) and removes it at the end."""
import os
import sys

PATH = os.path.join(os.getcwd(), "stale_mod.py")


def write(value, mtime):
    with open(PATH, "w") as f:
        f.write('VALUE = "' + value + '"\nprint("stale_mod running, VALUE =", VALUE)\n')
    os.utime(PATH, (mtime, mtime))


write("first", 1600000000)
import stale_mod
print("1:", stale_mod.VALUE)

# same size, different content and mtime
write("again", 1600000100)
import stale_mod
print("cached:", stale_mod.VALUE)
del sys.modules["stale_mod"]
import stale_mod
print("2:", stale_mod.VALUE)

# different size
write("the third version, longer", 1600000200)
del sys.modules["stale_mod"]
from stale_mod import VALUE
print("3:", VALUE, stale_mod.VALUE)
import stale_mod
print("3:", stale_mod.VALUE)

os.remove(PATH)
print(os.path.exists(PATH))
