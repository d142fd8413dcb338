"""A circular import: a imports b, which imports a and gets the partially
initialised module (names defined after a's `import b` are missing, and the
AttributeError says so). Once both finish, each sees the other complete."""
import sys

print("main: importing a")
import a
print("main: a imported")
print(a.late())
import b
print(b.a is a, a.b is b)
print(b.SAW_A_HAS_A, b.SAW_A_EARLY)
