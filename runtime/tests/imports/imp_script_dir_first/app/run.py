"""Entry program of the script-directory case."""
import os
import sys

print("run.py as", __name__, os.path.basename(__file__), sys.argv[1:])
print(os.path.basename(sys.argv[0]), os.path.basename(os.path.dirname(sys.argv[0])))
print("sys.path[0] is the script dir:", os.path.basename(sys.path[0]),
      os.path.isfile(os.path.join(sys.path[0], "run.py")))

import helper
print(helper.WHERE, os.path.basename(os.path.dirname(helper.__file__)))

try:
    import only_in_cwd
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)
