"""`from m import *` binds exactly the names in __all__ (underscore names
included when listed); without __all__ it binds every global not starting with
an underscore, including imported modules and names."""
import sys

before = set(globals())
from with_all import *
print(sorted(set(globals()) - before - {"before"}))
print(pub, _listed_private)

before = set(globals())
from no_all import *
print(sorted(set(globals()) - before - {"before"}))
print(pub2, helper_fn(), sys_alias is sys)
print("_hidden2" in globals(), "_sys" in globals())
