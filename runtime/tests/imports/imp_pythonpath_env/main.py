# env: PYTHONPATH=extra
"""PYTHONPATH directories are searched after the script's directory: `extmod`
and the package `extpkg` come from `extra/`, while `both`, present in the
script directory and in `extra/`, comes from the script directory."""
import os
import sys

print(os.path.isfile(os.path.join(sys.path[0], "main.py")))
print(os.path.basename(sys.path[1]))

import extmod
print(extmod.WHERE, os.path.basename(os.path.dirname(extmod.__file__)))

import extpkg.tool
print(extpkg.tool.WHERE)

import both
print(both.WHERE)
