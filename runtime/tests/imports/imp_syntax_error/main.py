"""A SyntaxError in an imported module propagates from the import statement
(with the module's file name and line number); the module is not left in
sys.modules; uncaught, it ends the program with exit status 1."""
import os
import sys

try:
    import broken
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg)
    print("file:", os.path.basename(e.filename), "| line:", e.lineno)
print("broken" in sys.modules)

try:
    from pkg import broken_sub
except SyntaxError as e:
    print(type(e).__name__ + ":", e.msg, "| line:", e.lineno)
print("pkg" in sys.modules, "pkg.broken_sub" in sys.modules)

print("now uncaught")
import broken
