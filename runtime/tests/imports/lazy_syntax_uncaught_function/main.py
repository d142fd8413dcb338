# expected: by hand
"""A lazy import inside a function makes the whole file fail to compile.

Nothing runs, so stdout stays empty and the SyntaxError is the last line of
stderr.
"""
print("never printed: the file does not compile")


# PEP 810 §Syntax restrictions: lazy import not allowed inside functions
def load():
    lazy import uf_target
    return uf_target
