"""Module with its own main guard, which must not run when imported."""
print("tool.py running as", __name__)


def describe():
    return "tool.describe in " + __name__


if __name__ == "__main__":
    print("tool guard: running as the program (wrong)")
