"""A directory without __init__.py (`thing/` here, in the script directory)
does not hide a real module of the same name later on sys.path:
`import thing` loads `later/thing.py`."""
import os
import sys

sys.path.append("later")
import thing
print(thing.WHERE, os.path.basename(os.path.dirname(thing.__file__)))
print(os.path.basename(thing.__file__), hasattr(thing, "__path__"))
