"""`if __name__ == "__main__"` runs in the main script only. The main script is
sys.modules['__main__']; importing it by its file name `main` runs the file
again as a separate module named 'main'."""
import sys

MARKER = "set while running as " + __name__
print("main.py running as", __name__)
import tool

if __name__ == "__main__":
    print("main guard: running as the program")
    import __main__
    print(__main__ is sys.modules["__main__"], __main__.MARKER)
    import main
    print(main is __main__, main.__name__, main.MARKER)
    print(tool.describe())
else:
    print("main guard: imported as", __name__)
