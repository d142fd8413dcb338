# Exceptions escaping with blocks; ends with an uncaught exception after cleanup.

class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"acquire {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        status = "clean" if et is None else f"{et.__name__}: {ev}"
        print(f"release {self.name} ({status})")
        return False

with Guard("one"):
    print("working")

try:
    with Guard("two"):
        raise ValueError("handled outside")
except ValueError as e:
    print("handled:", e)

# finally and with interplay
def process():
    try:
        with Guard("three"):
            raise KeyError("inner")
    finally:
        print("finally in process")
try:
    process()
except KeyError as e:
    print("KeyError propagated:", e)

# Exit returning None lets the exception through
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("quiet exit")
try:
    with Quiet():
        raise IndexError("through quiet")
except IndexError as e:
    print("IndexError:", e)

print("now an uncaught error inside nested guards:")
with Guard("outer"):
    with Guard("inner"):
        items = {"a": 1}
        print("lookup a:", items["a"])
        print("lookup b:", items["b"])
print("never printed")
