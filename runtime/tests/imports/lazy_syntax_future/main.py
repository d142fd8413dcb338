# expected: by hand
"""`lazy from __future__ import ...` is a SyntaxError that points at the `lazy` keyword."""

# PEP 810 §Syntax restrictions: lazy from __future__ import is not allowed
# test_lazy_import: test_lazy_future_import (offset 1, end_offset 5: the error highlights `lazy`)
try:
    compile("lazy from __future__ import annotations\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.lineno, e.offset, e.end_offset)
# the same statement without `lazy` is an ordinary future statement
compile("from __future__ import annotations\n", "<s>", "exec")
print("plain future import compiles")
