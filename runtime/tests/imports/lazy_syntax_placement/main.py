# expected: by hand
"""Module-level placements that are allowed: one-line if/for/while bodies, after a
semicolon, inside match, with a backslash continuation, several names, and a
parenthesized from-import. Every one binds a proxy that loads on use.
"""
import sys

# PEP 810 §Syntax restrictions: module-level `if` is allowed (one-line body)
if True: lazy import pl_if
# PEP 810 §Grammar: a lazy import after a semicolon
x = 1; lazy import pl_semi
# module-level `for` and `while` are allowed
for _i in range(1): lazy import pl_for
_n = 0
while _n < 1: lazy import pl_while; _n += 1
# module-level `match` is allowed
match _n:
    case 1:
        lazy import pl_match
# a backslash continuation joins `lazy` and `import` into one logical line
lazy \
import pl_backslash
# PEP 810 §Grammar: dotted_as_names and parenthesized import_from_targets
lazy import pl_multi_a, pl_multi_b as multi_b
lazy from pl_paren import (ONE,
                           TWO as two,)

print(x, _n)
bindings = [
    ("pl_if", "pl_if"),
    ("pl_semi", "pl_semi"),
    ("pl_for", "pl_for"),
    ("pl_while", "pl_while"),
    ("pl_match", "pl_match"),
    ("pl_backslash", "pl_backslash"),
    ("pl_multi_a", "pl_multi_a"),
    ("multi_b", "pl_multi_b"),
    ("ONE", "pl_paren"),
    ("two", "pl_paren"),
]
# PEP 810 §Semantics: each statement bound a proxy and loaded nothing
for binding, module in bindings:
    print(binding, type(globals()[binding]).__name__, module in sys.modules)
# PEP 810 §Semantics: using them loads the modules in the order of use
print(pl_if.NAME, pl_semi.NAME, pl_for.NAME, pl_while.NAME, pl_match.NAME,
      pl_backslash.NAME, pl_multi_a.NAME, multi_b.NAME, ONE, two)
