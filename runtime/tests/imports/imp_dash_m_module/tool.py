"""Module run with `-m tool`."""
import os
import sys

print("__name__:", __name__)
print("__package__:", repr(__package__))
print("__file__:", os.path.basename(__file__))
print("argv:", os.path.basename(sys.argv[0]), sys.argv[1:])
print("main in sys.modules:", sys.modules["__main__"].__name__)
print("'tool' in sys.modules:", "tool" in sys.modules)
print("cwd is sys.path[0]:", os.path.isfile(os.path.join(sys.path[0], "tool.py")))

import helper
print(helper.WHERE)

if __name__ == "__main__":
    print("main guard ran")
