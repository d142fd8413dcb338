# expected: by hand
"""Where `lazy` is rejected at compile time, with the exact messages, and where it is accepted.

Each source is compiled with compile(); nothing is executed.
"""


def check(label, source):
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print(label + ":", e.msg, "| line", e.lineno)
    else:
        print(label + ": compiles")


# PEP 810 §Syntax restrictions: not inside functions (async ones included)
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_in_function / _in_async_function
check("function", "def f():\n    lazy import json\n")
check("function from", "def f():\n    lazy from json import dumps\n")
check("async function", "async def f():\n    lazy import json\n")
# PEP 810 §Syntax restrictions: not inside class bodies
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_in_class
check("class", "class C:\n    lazy import json\n")
check("class from", "class C:\n    lazy from abc import ABC\n")
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_nested_scopes (innermost scope decides)
check("method", "class C:\n    def m(self):\n        lazy import json\n")
check("class in function", "def f():\n    class C:\n        lazy import json\n")
# PEP 810 §Syntax restrictions: not in any part of a try statement
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_in_try_block / _in_trystar_block / _in_except_block
check("try body", "try:\n    lazy import json\nexcept ImportError:\n    pass\n")
check("try body from", "try:\n    lazy from sys import path\nexcept ImportError:\n    pass\n")
check("except body", "try:\n    pass\nexcept ImportError:\n    lazy import json\n")
check("else body", "try:\n    pass\nexcept ImportError:\n    pass\nelse:\n    lazy import json\n")
check("finally body", "try:\n    pass\nfinally:\n    lazy import json\n")
check("try star", "try:\n    lazy import json\nexcept* Exception:\n    pass\n")
check("try inside if", "if True:\n    try:\n        lazy import json\n    finally:\n        pass\n")
# PEP 810 §Syntax restrictions: lazy from ... import * is a SyntaxError everywhere
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_star_forbidden
check("star", "lazy from os import *\n")
check("star in function", "def f():\n    lazy from sys import *\n")
# test_syntax: LazyImportRestrictionTestCase.test_lazy_import_valid_cases
check("plain", "lazy import os\n")
check("from", "lazy from sys import path\n")
check("as", "lazy import json as j\n")
check("from as", "lazy from datetime import datetime as dt\n")
check("dotted as, several names", "lazy import a.b as c, d\n")
check("relative", "lazy from . import sib\nlazy from ..pkg import x\n")
# PEP 810 §Syntax restrictions: with blocks and module-level compound statements are allowed
check("with", "with cm:\n    lazy import json\n")
check("if/else", "if c:\n    lazy import json\nelse:\n    lazy import os\n")
check("for", "for i in r:\n    lazy import json\n")
check("while", "while c:\n    lazy import json\n")
check("match", "match v:\n    case 1:\n        lazy import json\n")
# PEP 810 §Grammar: `lazy` as an identifier
check("identifier", "lazy = 1\nlazy.x = lazy(lazy)\n")
