"""Module without __all__: public globals, including imports, are star-exported."""
import sys as sys_alias
import sys as _sys
from helper import helper_fn

pub2 = "pub2"
_hidden2 = "_hidden2"


def public_function():
    return "public"


class PublicClass:
    pass
